import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPasswordRule } from "./password-rule";

const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
const digitChars = fc.constantFrom(..."0123456789");
const symbols = fc.constantFrom(..."!@#$%^&*()-_=+[]{};:,.<>/?~ 。，密码");
const kinds = [letters, digitChars, symbols] as const;
type Kind = fc.Arbitrary<string>;

describe("password rule (property)", () => {
  it("accepts any 8 to 128 characters that mix at least two kinds", () => {
    const twoKinds = fc
      .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 2 }))
      .chain(([first, step]) => fc.tuple(kinds[first] as Kind, kinds[(first + step) % 3] as Kind));
    fc.assert(
      fc.property(
        twoKinds,
        fc.array(fc.oneof(...kinds), { minLength: 6, maxLength: 126 }),
        fc.nat(),
        ([a, b], rest, at) => {
          // The two different kinds may sit anywhere in the password.
          const i = at % (rest.length + 1);
          const password = [...rest.slice(0, i), a, ...rest.slice(i), b].join("");
          expect(checkPasswordRule(password)).toEqual([]);
        },
      ),
    );
  });

  it("refuses any password of one kind only, whatever its length", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }).chain((k) => fc.array(kinds[k] as Kind, { minLength: 8, maxLength: 128 })),
        (chars) => {
          expect(checkPasswordRule(chars.join(""))).toEqual(["PASSWORD_ONE_CLASS"]);
        },
      ),
    );
  });

  it("refuses anything shorter than 8 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 7 }), (password) => {
        expect(checkPasswordRule(password)).toContain("PASSWORD_TOO_SHORT");
      }),
    );
  });
});
