import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./add-working-days";

describe("addWorkingDays", () => {
  it("skips the weekend in China time", () => {
    // Friday 2026-11-27 10:00 in Beijing
    const friday = new Date("2026-11-27T02:00:00Z");
    expect(addWorkingDays(friday, 1).toISOString()).toBe("2026-11-30T02:00:00.000Z");
    expect(addWorkingDays(friday, 3).toISOString()).toBe("2026-12-02T02:00:00.000Z");
  });

  it("treats 01:00 on Saturday in Beijing as the weekend although it is still Friday in UTC", () => {
    const saturdayInBeijing = new Date("2026-11-27T17:00:00Z");
    // Monday 01:00 in Beijing
    expect(addWorkingDays(saturdayInBeijing, 1).toISOString()).toBe("2026-11-29T17:00:00.000Z");
  });

  it("returns the same moment for zero days", () => {
    const t = new Date("2026-11-25T01:00:00Z");
    expect(addWorkingDays(t, 0).getTime()).toBe(t.getTime());
  });
});
