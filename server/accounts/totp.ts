import { timingSafeEqual } from "node:crypto";
import { generateSecret, generateSync, generateURI } from "otplib";

/** RFC 6238 as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps. */
export const totpPeriodSeconds = 30;
const issuer = "河南警民通";

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / totpPeriodSeconds);
}

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpCode(secret: string, now: Date): string {
  return generateSync({ secret, epoch: Math.floor(now.getTime() / 1000) });
}

/** Seconds until the code shown now stops being the current one. */
export function totpSecondsLeft(now: Date): number {
  return totpPeriodSeconds - (Math.floor(now.getTime() / 1000) % totpPeriodSeconds);
}

export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

/**
 * Accepts the code of the current step or one step either side (clock drift), but only for a step after
 * `lastStep`, so a code that was seen once cannot sign in again. Returns the matched step.
 */
export function matchTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(now);
  for (const step of [current - 1, current, current + 1]) {
    if (lastStep != null && step <= lastStep) continue;
    const expected = generateSync({ secret, epoch: step * totpPeriodSeconds });
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(code))) return step;
  }
  return null;
}
