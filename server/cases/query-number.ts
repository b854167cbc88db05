import { hashPii } from "@/server/crypto/pii";
import { crockfordBase32 } from "@/server/numbering/crockford";
import { randomCode } from "@/server/numbering/random-code";
import { normaliseQueryNumber } from "./format-query-number";

export const queryNumberLength = 12;

/** 12 random Crockford characters: 60 bits, far beyond what the per-number and per-account limits let anyone try. */
export function generateQueryNumber(): string {
  return randomCode(queryNumberLength, crockfordBase32);
}

export function isQueryNumber(normalised: string): boolean {
  return normalised.length === queryNumberLength && [...normalised].every((c) => crockfordBase32.includes(c));
}

/** The number is a credential, so only its keyed hash is stored; the prefix keeps it apart from other tokens. */
export function queryNumberHash(typed: string): string {
  return hashPii("token", `case-query:${normaliseQueryNumber(typed)}`);
}

/** For audit entries: enough to tell attempts on one number apart, not enough to use it. */
export function maskQueryNumber(typed: string): string {
  const v = normaliseQueryNumber(typed);
  if (v.length < 6) return "*".repeat(v.length);
  return v.slice(0, 2) + "*".repeat(v.length - 4) + v.slice(-2);
}
