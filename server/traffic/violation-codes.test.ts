import { describe, expect, it } from "vitest";
import { violationCode, violationCodes } from "./violation-codes";

describe("the violation code catalogue", () => {
  it("has each national code once, written as 4 or 5 digits", () => {
    const codes = violationCodes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{4,5}$/);
  });

  it("gives points only in the values the 2022 rules know (12, 9, 6, 3, 1 or none)", () => {
    for (const c of violationCodes) expect([0, 1, 3, 6, 9, 12], c.code).toContain(c.points);
  });

  it("sets each fine in whole yuan, within the range the law allows, which is within 20 to 2000 yuan", () => {
    for (const c of violationCodes) {
      expect(c.fineFen % 100, c.code).toBe(0);
      expect(c.fineFen, c.code).toBeGreaterThanOrEqual(c.minFineFen);
      expect(c.fineFen, c.code).toBeLessThanOrEqual(c.maxFineFen);
      expect(c.minFineFen, c.code).toBeGreaterThanOrEqual(2_000);
      expect(c.maxFineFen, c.code).toBeLessThanOrEqual(200_000);
    }
  });

  it("names every act and its legal basis in the road traffic law", () => {
    for (const c of violationCodes) {
      expect(c.name.length, c.code).toBeGreaterThan(1);
      expect(c.nameEn.length, c.code).toBeGreaterThan(1);
      expect(c.description, c.code).toMatch(/的$/);
      expect(c.legalBasis, c.code).toMatch(/《中华人民共和国道路交通安全法(实施条例)?》/);
    }
  });

  it("knows the common acts with the fine and points a driver in Henan expects", () => {
    expect(violationCode("1039")).toMatchObject({ name: "违反规定停放", points: 0 });
    expect(violationCode("1625")).toMatchObject({ name: "闯红灯", fineFen: 20_000, points: 6 });
    expect(violationCode("1352")).toMatchObject({ points: 0 });
    expect(violationCode("1240")).toMatchObject({ points: 1 });
    expect(violationCode("9999")).toBeUndefined();
  });
});
