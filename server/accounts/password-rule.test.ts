import { describe, expect, it } from "vitest";
import { checkPasswordRule } from "./password-rule";

describe("password rule", () => {
  it("accepts 8 or more characters mixing at least two of letters, digits and symbols", () => {
    for (const ok of ["Demo@2026", "abcd1234", "1234!@#$", "abc!defg", "密码password1"]) {
      expect(checkPasswordRule(ok), ok).toEqual([]);
    }
  });

  it("refuses fewer than 8 characters", () => {
    expect(checkPasswordRule("ab12!@")).toEqual(["PASSWORD_TOO_SHORT"]);
    expect(checkPasswordRule("")).toEqual(["PASSWORD_TOO_SHORT"]);
  });

  it("refuses a password of one kind only, upper and lower case letters counting as one kind", () => {
    expect(checkPasswordRule("abcdefgh")).toEqual(["PASSWORD_ONE_CLASS"]);
    expect(checkPasswordRule("AbCdEfGh")).toEqual(["PASSWORD_ONE_CLASS"]);
    expect(checkPasswordRule("12345678")).toEqual(["PASSWORD_ONE_CLASS"]);
    expect(checkPasswordRule("!@#$%^&*")).toEqual(["PASSWORD_ONE_CLASS"]);
    expect(checkPasswordRule("1234567")).toEqual(["PASSWORD_TOO_SHORT", "PASSWORD_ONE_CLASS"]);
  });

  it("refuses more than 128 characters, counting a Chinese character as one", () => {
    expect(checkPasswordRule(`a1${"x".repeat(127)}`)).toEqual(["PASSWORD_TOO_LONG"]);
    expect(checkPasswordRule(`1${"密".repeat(127)}`)).toEqual([]);
  });
});
