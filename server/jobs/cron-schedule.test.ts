import { describe, expect, it } from "vitest";
import { cronSchedule } from "./cron-schedule";

const shanghai = "Asia/Shanghai";
/** A wall-clock time in Shanghai (UTC+8, no daylight saving) as an instant. */
const at = (local: string) => new Date(`${local}+08:00`);

describe("cron schedule", () => {
  it("runs an every-minute schedule at every minute", () => {
    const s = cronSchedule("* * * * *", shanghai);
    expect(s.matches(at("2026-11-27T00:00:00"))).toBe(true);
    expect(s.matches(at("2026-11-27T13:37:59"))).toBe(true);
  });

  it("runs a nightly job at 02:00 Beijing time, not 02:00 UTC", () => {
    const s = cronSchedule("0 2 * * *", shanghai);
    expect(s.matches(at("2026-11-27T02:00:00"))).toBe(true);
    expect(s.matches(at("2026-11-27T02:01:00"))).toBe(false);
    expect(s.matches(new Date("2026-11-27T02:00:00Z"))).toBe(false);
  });

  it("lets a TZ= prefix choose the zone, as Inngest does", () => {
    const s = cronSchedule("TZ=UTC 0 2 * * *", shanghai);
    expect(s.timeZone).toBe("UTC");
    expect(s.matches(new Date("2026-11-27T02:00:00Z"))).toBe(true);
    expect(s.matches(at("2026-11-27T02:00:00"))).toBe(false);
  });

  it("understands steps, ranges and lists", () => {
    const s = cronSchedule("*/15 8-18 * * 1-5", shanghai);
    // 2026-11-27 is a Friday.
    expect(s.matches(at("2026-11-27T08:45:00"))).toBe(true);
    expect(s.matches(at("2026-11-27T08:50:00"))).toBe(false);
    expect(s.matches(at("2026-11-27T19:00:00"))).toBe(false);
    expect(s.matches(at("2026-11-28T09:00:00"))).toBe(false);
    const list = cronSchedule("5,35 9 1,15 * *", shanghai);
    expect(list.matches(at("2026-12-15T09:35:00"))).toBe(true);
    expect(list.matches(at("2026-12-16T09:35:00"))).toBe(false);
    const offset = cronSchedule("10/20 * * * *", shanghai);
    expect([10, 30, 50].every((m) => offset.matches(at(`2026-11-27T10:${String(m).padStart(2, "0")}:00`)))).toBe(true);
    expect(offset.matches(at("2026-11-27T10:20:00"))).toBe(false);
  });

  it("accepts Sunday as 0 or 7 and names for months and weekdays", () => {
    const sunday = at("2026-11-29T06:00:00");
    expect(cronSchedule("0 6 * * 0", shanghai).matches(sunday)).toBe(true);
    expect(cronSchedule("0 6 * * 7", shanghai).matches(sunday)).toBe(true);
    expect(cronSchedule("0 6 * NOV SUN", shanghai).matches(sunday)).toBe(true);
  });

  it("matches either day field when both are restricted, like cron", () => {
    const s = cronSchedule("0 9 1 * MON", shanghai);
    expect(s.matches(at("2026-12-01T09:00:00"))).toBe(true); // the 1st, a Tuesday
    expect(s.matches(at("2026-11-30T09:00:00"))).toBe(true); // a Monday
    expect(s.matches(at("2026-12-02T09:00:00"))).toBe(false);
  });

  it("refuses expressions it cannot run", () => {
    for (const bad of [
      "* * * *",
      "60 * * * *",
      "* 24 * * *",
      "*/0 * * * *",
      "5-1 * * * *",
      "a * * * *",
      "1,,2 * * * *",
    ]) {
      expect(() => cronSchedule(bad, shanghai), bad).toThrow(/invalid cron/);
    }
    expect(() => cronSchedule("TZ=Mars/Olympus 0 2 * * *", shanghai)).toThrow(RangeError);
  });
});
