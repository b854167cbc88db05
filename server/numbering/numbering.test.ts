import { describe, expect, it } from "vitest";
import { chinaDayStamp } from "./china-day-stamp";
import { applicationNumberPrefix } from "./next-application-number";
import { crockfordBase32, readCrockford } from "./crockford";
import { digitsAndLetters, randomCode } from "./random-code";

describe("numbering", () => {
  it("draws codes of the asked length from the asked alphabet only", () => {
    expect(randomCode(6)).toMatch(/^\d{6}$/);
    expect(randomCode(10, digitsAndLetters)).toMatch(/^[0-9A-Z]{10}$/);
    const many = randomCode(2000, crockfordBase32);
    expect([...many].every((c) => crockfordBase32.includes(c))).toBe(true);
    // Every character of the alphabet turns up: no digit or letter is left out by the draw.
    expect(new Set(many).size).toBe(32);
  });
  it("reads what people type for Crockford digits as those digits", () => {
    expect(readCrockford("k7q2-oil")).toBe("K7Q2-011");
  });
  it("starts numbers with the China day, not the UTC one", () => {
    expect(chinaDayStamp(new Date("2026-11-27T16:30:00Z"))).toBe("20261128");
    expect(applicationNumberPrefix("2026-11-28")).toBe("HN20261128");
  });
});
