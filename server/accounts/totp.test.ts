import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { matchTotp, newTotpSecret, totpCode, totpSecondsLeft, totpStep, totpUri } from "./totp";

const secret = "QLAX4YNGDIH34LGPH3NRZ4PIKOKXK7PH";
const at = (seconds: number) => new Date(seconds * 1000);

describe("TOTP", () => {
  it("produces the RFC 6238 code an authenticator app shows", () => {
    const now = at(1_800_000_015);
    expect(totpCode(secret, now)).toBe(generateSync({ secret, epoch: 1_800_000_015 }));
    expect(totpCode(secret, now)).toMatch(/^\d{6}$/);
  });

  it("accepts the current step and one step either side, and returns the step", () => {
    const now = at(1_800_000_015);
    const step = totpStep(now);
    for (const delta of [-1, 0, 1]) {
      const code = totpCode(secret, at((step + delta) * 30));
      expect(matchTotp(secret, code, now, null)).toBe(step + delta);
    }
  });

  it("refuses codes two steps away", () => {
    const now = at(1_800_000_015);
    const step = totpStep(now);
    expect(matchTotp(secret, totpCode(secret, at((step - 2) * 30)), now, null)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, at((step + 2) * 30)), now, null)).toBeNull();
  });

  it("refuses a step at or before the last one used (replay)", () => {
    const now = at(1_800_000_015);
    const step = totpStep(now);
    const code = totpCode(secret, now);
    expect(matchTotp(secret, code, now, step)).toBeNull();
    expect(matchTotp(secret, code, now, step - 1)).toBe(step);
  });

  it("refuses malformed codes", () => {
    expect(matchTotp(secret, "12345", at(1_800_000_015), null)).toBeNull();
    expect(matchTotp(secret, "abcdef", at(1_800_000_015), null)).toBeNull();
  });

  it("makes 160-bit base32 secrets and an otpauth URI naming the platform", () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, "410105001")).toMatch(
      /^otpauth:\/\/totp\/.+410105001\?secret=QLAX4YNGDIH34LGPH3NRZ4PIKOKXK7PH/,
    );
  });

  it("counts down to the next code", () => {
    expect(totpSecondsLeft(at(1_800_000_010))).toBe(20);
    expect(totpSecondsLeft(at(1_800_000_030))).toBe(30);
  });
});
