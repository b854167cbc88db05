import { describe, expect, it } from "vitest";
import { formatDay } from "./format-day";

describe("formatDay", () => {
  it("prints a China calendar day the one way the site prints days", () => {
    expect(formatDay("2027-02-05", "zh-CN")).toBe("2027年2月5日");
    expect(formatDay("2026-12-31", "zh-CN")).toBe("2026年12月31日");
    expect(formatDay("2027-02-05", "en")).toBe("February 5, 2027");
  });
});
