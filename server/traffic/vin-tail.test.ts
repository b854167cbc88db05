import { describe, expect, it } from "vitest";
import { normaliseVinTail, vinTailMatches } from "./vin-tail";

const vin = "LSVAU2180N2123456";

describe("the last 6 characters of a VIN", () => {
  it("match the vehicle's VIN whatever the case, width or spacing", () => {
    for (const typed of ["123456", " 123 456 ", "１２３４５６"]) expect(vinTailMatches(vin, typed), typed).toBe(true);
    expect(vinTailMatches("LFV2A21K9H3AB12C", "3ab12c")).toBe(true);
  });

  it("do not match when any character differs", () => {
    expect(vinTailMatches(vin, "123457")).toBe(false);
    expect(vinTailMatches(vin, "N21234")).toBe(false);
  });

  it("are refused unless they are 6 VIN characters (no I, O or Q)", () => {
    for (const bad of ["12345", "1234567", "12345O", "I23456", "Q23456", "12-456", ""]) {
      expect(normaliseVinTail(bad), bad).toBeNull();
      expect(vinTailMatches(vin, bad)).toBe(false);
    }
    expect(normaliseVinTail("ab12cd")).toBe("AB12CD");
  });
});
