import { describe, expect, it } from "vitest";
import { nextChinaTime } from "./next-china-time";

const china = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);

describe("nextChinaTime", () => {
  const monday0900 = Date.parse("2026-12-07T09:00:00+08:00");

  it("finds the time later the same China day", () => {
    expect(china(nextChinaTime("15:10", monday0900))).toBe("2026-12-07T15:10");
  });

  it("rolls to the next day once the time has passed, so the clock only ever moves ahead", () => {
    expect(china(nextChinaTime("08:59", monday0900))).toBe("2026-12-08T08:59");
    expect(nextChinaTime("09:00", monday0900)).toBeGreaterThan(monday0900);
  });

  it("counts the China day, not the UTC day, near midnight", () => {
    const sunday2330 = Date.parse("2026-12-06T23:30:00+08:00");
    expect(china(nextChinaTime("23:50", sunday2330))).toBe("2026-12-06T23:50");
    expect(china(nextChinaTime("00:10", sunday2330))).toBe("2026-12-07T00:10");
  });

  it("finds the next given weekday", () => {
    expect(china(nextChinaTime("fri 23:50", monday0900))).toBe("2026-12-11T23:50");
    expect(china(nextChinaTime("mon 08:00", monday0900))).toBe("2026-12-14T08:00");
  });

  it("refuses what is not a time", () => {
    expect(() => nextChinaTime("25:00")).toThrow(/not a time/);
    expect(() => nextChinaTime("someday 10:00")).toThrow(/not a time/);
  });
});
