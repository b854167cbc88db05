import { describe, expect, it } from "vitest";
import { formatQueryNumber, normaliseQueryNumber } from "./format-query-number";
import { generateQueryNumber, isQueryNumber, maskQueryNumber, queryNumberHash } from "./query-number";

describe("case query numbers", () => {
  it("are 12 characters without the letters people confuse", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const n = generateQueryNumber();
      expect(n).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(isQueryNumber(n)).toBe(true);
      seen.add(n);
    }
    expect(seen.size).toBe(200);
  });

  it("read the number as typed from the slip: lower case, grouped, I/L/O for 1/1/0", () => {
    expect(normaliseQueryNumber("k7q2 m9xd-3htr")).toBe("K7Q2M9XD3HTR");
    expect(normaliseQueryNumber("OIL2")).toBe("0112");
    expect(queryNumberHash("k7q2 m9xd 3htr")).toBe(queryNumberHash("K7Q2M9XD3HTR"));
    expect(queryNumberHash("K7Q2M9XD3HTR")).not.toBe(queryNumberHash("K7Q2M9XD3HTS"));
  });

  it("refuses anything that is not 12 characters of the alphabet", () => {
    expect(isQueryNumber("K7Q2M9XD3HT")).toBe(false);
    expect(isQueryNumber("K7Q2M9XD3HTU")).toBe(false);
  });

  it("prints in groups of four and masks all but the ends for the audit log", () => {
    expect(formatQueryNumber("K7Q2M9XD3HTR")).toBe("K7Q2 M9XD 3HTR");
    expect(maskQueryNumber("K7Q2M9XD3HTR")).toBe("K7********TR");
  });
});
