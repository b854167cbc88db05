import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./add-working-days";
import { workingDaysUntil } from "./working-days-until";

describe("workingDaysUntil", () => {
  // Friday 2026-11-27 10:00 in Beijing
  const friday = new Date("2026-11-27T02:00:00Z");

  it("counts the working days an SLA set by addWorkingDays has left", () => {
    expect(workingDaysUntil(addWorkingDays(friday, 3), friday)).toBe(3);
    expect(workingDaysUntil(addWorkingDays(friday, 1), friday)).toBe(1);
  });

  it("says 0 on the due day itself, whatever the hour", () => {
    expect(workingDaysUntil(new Date("2026-11-27T09:00:00Z"), friday)).toBe(0);
  });

  it("goes negative once the due day has passed, skipping the weekend", () => {
    const monday = new Date("2026-11-30T02:00:00Z");
    expect(workingDaysUntil(new Date("2026-11-26T02:00:00Z"), monday)).toBe(-2);
    expect(workingDaysUntil(friday, monday)).toBe(-1);
  });
});
