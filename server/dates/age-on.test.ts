import { describe, expect, it } from "vitest";
import { addDays } from "./add-days";
import { ageOn } from "./age-on";

describe("calendar dates", () => {
  it("adds days across months and years", () => {
    expect(addDays("2026-11-27", 90)).toBe("2027-02-25");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("counts a year of age from the birthday itself", () => {
    expect(ageOn("1990-05-12", "2026-05-11")).toBe(35);
    expect(ageOn("1990-05-12", "2026-05-12")).toBe(36);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });
});
