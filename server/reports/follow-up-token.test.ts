import { describe, expect, it } from "vitest";
import { followUpTokenHash, formatFollowUpToken, newFollowUpToken } from "./follow-up-token";

describe("follow-up token", () => {
  it("draws 20 Crockford characters, different each time", () => {
    const a = newFollowUpToken();
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(newFollowUpToken()).not.toBe(a);
  });

  it("reads back what a person types: groups, lower case, look-alike letters", () => {
    const token = "0123456789ABCDEFGHJK";
    expect(formatFollowUpToken(token)).toBe("0123-4567-89AB-CDEF-GHJK");
    expect(followUpTokenHash("o123 4567-89ab-cdef-ghjk")).toBe(followUpTokenHash(token));
    expect(followUpTokenHash("0123456789ABCDEFGHJM")).not.toBe(followUpTokenHash(token));
  });
});
