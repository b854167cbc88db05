import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeDivisionCodes, gb2260Codes } from "./gb2260-codes";
import { idNumberCheckDigit, makeIdNumber, validateIdNumber } from "./id-number";

const today = "2026-11-27";

/** Any number a real card could carry: a GB/T 2260 region code, a birth date from 1900 to today, a sequence. */
const validIdParts = fc.record({
  region: fc.constantFrom(...decodeDivisionCodes(gb2260Codes)),
  birth: fc
    .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date(`${today}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  sequence: fc.integer({ min: 0, max: 999 }),
});

const checkCharacters = "0123456789X";

describe("ID numbers (property)", () => {
  it("accepts every generated valid number, reading back its region, birth date and sex", () => {
    fc.assert(
      fc.property(validIdParts, ({ region, birth, sequence }) => {
        const id = makeIdNumber(region, birth, sequence);
        expect(validateIdNumber(id, today)).toEqual({
          ok: true,
          regionCode: region,
          birthDate: birth,
          sex: sequence % 2 === 1 ? "M" : "F",
        });
        expect(validateIdNumber(id.toLowerCase(), today).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses every six digits that never were a GB/T 2260 code, even with a right check character", () => {
    const codes = new Set(decodeDivisionCodes(gb2260Codes));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 100_000, max: 999_999 })
          .map(String)
          .filter((region) => !codes.has(region)),
        fc.integer({ min: 0, max: 999 }),
        (region, sequence) => {
          const first17 = `${region}19900307${String(sequence).padStart(3, "0")}`;
          expect(validateIdNumber(first17 + idNumberCheckDigit(first17), today)).toEqual({
            ok: false,
            reason: "region",
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses every number with any single character changed (a mistyped digit or check character)", () => {
    fc.assert(
      fc.property(
        validIdParts,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        ({ region, birth, sequence }, position, shift) => {
          const id = makeIdNumber(region, birth, sequence);
          // The first 17 places hold digits, the last one a digit or X: shift to another value of the same kind.
          const alphabet = position === 17 ? checkCharacters : "0123456789";
          const current = alphabet.indexOf(id[position] as string);
          const replacement = alphabet[(current + (shift % alphabet.length || 1)) % alphabet.length] as string;
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(changed).not.toBe(id);
          expect(validateIdNumber(changed, today).ok).toBe(false);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("refuses every number whose birth date lies after today, even with a right check character", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-11-28T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (date, sequence) => {
          const id = makeIdNumber("410105", date.toISOString().slice(0, 10), sequence);
          expect(validateIdNumber(id, today)).toEqual({ ok: false, reason: "birthdate" });
        },
      ),
    );
  });
});
