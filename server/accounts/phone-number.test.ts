import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { phoneNumberPattern, phoneNumberSchema } from "./phone-number";

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });

describe("mainland mobile numbers", () => {
  it("accepts every 11-digit number starting 13 to 19", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), digits(9), (second, rest) => {
        expect(phoneNumberPattern.test(`1${second}${rest}`)).toBe(true);
      }),
    );
  });

  it("refuses 10 or 12 digits, a second digit of 0 to 2, a first digit other than 1, and non-digits", () => {
    fc.assert(
      fc.property(digits(9), (rest) => {
        expect(phoneNumberPattern.test(`13${rest.slice(1)}`)).toBe(false);
        expect(phoneNumberPattern.test(`13${rest}0`)).toBe(false);
        for (const second of "012") expect(phoneNumberPattern.test(`1${second}${rest}`)).toBe(false);
        for (const first of "023456789") expect(phoneNumberPattern.test(`${first}3${rest}`)).toBe(false);
      }),
    );
    for (const bad of ["1380013800a", "138 0013 800", "+8613800138000", "１３８００１３８０００", ""]) {
      expect(phoneNumberPattern.test(bad), bad).toBe(false);
    }
  });

  it("trims what the form sends, and names its message for anything else", () => {
    expect(phoneNumberSchema.parse(" 13800138000 ")).toBe("13800138000");
    const result = phoneNumberSchema.safeParse("12800138000");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("i18n:auth.phoneInvalid");
  });
});
