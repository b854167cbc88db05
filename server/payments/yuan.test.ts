import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fenToYuan, yuanToFen } from "./yuan";

describe("yuan and fen", () => {
  it("writes fen as yuan with two decimals", () => {
    expect(fenToYuan(1)).toBe("0.01");
    expect(fenToYuan(1850)).toBe("18.50");
    expect(fenToYuan(2000)).toBe("20.00");
  });
  it("reads back exactly what it writes, for any amount", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2_147_483_647 }), (fen) => yuanToFen(fenToYuan(fen)) === fen));
  });
  it("reads nothing but plain yuan with two decimals", () => {
    for (const bad of ["18.5", "18", "-1.00", "1e3", " 1.00", "01.00", "1.000", ""]) expect(yuanToFen(bad)).toBeNull();
  });
});
