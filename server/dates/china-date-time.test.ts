import { describe, expect, it } from "vitest";
import { chinaDateTime, chinaDayBounds, parseChinaDateTime } from "./china-date-time";

describe("China date-times", () => {
  it("writes a moment in China time, seconds truncated", () => {
    expect(chinaDateTime(new Date("2026-11-27T16:30:05.900Z"))).toBe("2026-11-28 00:30:05");
  });

  it("reads it back, and refuses anything that is not a real date-time in that form", () => {
    expect(parseChinaDateTime("2026-11-28 00:30:05")?.toISOString()).toBe("2026-11-27T16:30:05.000Z");
    expect(parseChinaDateTime("2026-02-30 10:00:00")).toBeNull();
    expect(parseChinaDateTime("2026-11-28T00:30:05")).toBeNull();
    expect(parseChinaDateTime("")).toBeNull();
  });

  it("gives a China day as the UTC moments it spans", () => {
    const { start, end } = chinaDayBounds("2026-11-28");
    expect(start.toISOString()).toBe("2026-11-27T16:00:00.000Z");
    expect(end.toISOString()).toBe("2026-11-28T16:00:00.000Z");
  });
});
