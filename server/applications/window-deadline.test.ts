import { describe, expect, it } from "vitest";
import { windowDeadlineFor, windowDeadlineStatus } from "./window-deadline";

describe("the 60-day window deadline", () => {
  it("is 60 China calendar days after the approval, counted from the China date", () => {
    // 16:30 UTC on 7 December is already 00:30 on 8 December in China.
    expect(windowDeadlineFor(new Date("2026-12-07T16:30:00Z"))).toBe("2027-02-06");
    expect(windowDeadlineFor(new Date("2026-12-07T15:59:59Z"))).toBe("2027-02-05");
  });

  it("counts the deadline day itself as valid up to midnight China time, and not a second later", () => {
    const deadline = "2027-02-05";
    expect(windowDeadlineStatus(deadline, new Date("2027-02-04T16:00:00Z"))).toEqual({
      passed: false,
      lastDay: true,
      daysLeft: 0,
    });
    expect(windowDeadlineStatus(deadline, new Date("2027-02-05T15:59:59Z"))).toEqual({
      passed: false,
      lastDay: true,
      daysLeft: 0,
    });
    expect(windowDeadlineStatus(deadline, new Date("2027-02-05T16:00:00Z"))).toEqual({
      passed: true,
      lastDay: false,
      daysLeft: -1,
    });
    expect(windowDeadlineStatus(deadline, new Date("2027-02-03T23:00:00Z"))).toEqual({
      passed: false,
      lastDay: false,
      daysLeft: 1,
    });
  });
});
