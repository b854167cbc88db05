import { describe, expect, it } from "vitest";
import { chinaLocalMinute, parseChinaLocalMinute } from "./china-local-minute";
import { chinaMoment } from "./china-moment";

describe("China wall-clock times", () => {
  it("names a moment by China's day and time, whatever the machine's zone", () => {
    expect(chinaMoment("2026-11-28").toISOString()).toBe("2026-11-27T16:00:00.000Z");
    expect(chinaMoment("2026-11-28", "09:30").toISOString()).toBe("2026-11-28T01:30:00.000Z");
    expect(chinaMoment("2026-11-28", "09:30:15").toISOString()).toBe("2026-11-28T01:30:15.000Z");
  });
  it("writes and reads the datetime-local form of a form field in China time", () => {
    expect(chinaLocalMinute(new Date("2026-11-27T16:30:59Z"))).toBe("2026-11-28T00:30");
    expect(parseChinaLocalMinute("2026-11-28T00:30")?.toISOString()).toBe("2026-11-27T16:30:00.000Z");
    for (const bad of ["2026-02-30T10:00", "2026-11-28 00:30", "2026-11-28T24:00", ""])
      expect(parseChinaLocalMinute(bad), bad).toBeNull();
  });
});
