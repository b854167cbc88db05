import "server-only";
import { hashPii } from "@/server/crypto/pii";
import { crockfordBase32, readCrockford } from "@/server/numbering/crockford";
import { randomCode } from "@/server/numbering/random-code";

/** 20 Crockford characters (100 bits): guessing one is hopeless, typing one from a note is easy. */
const tokenLength = 20;

export function newFollowUpToken(): string {
  return randomCode(tokenLength, crockfordBase32);
}

/** Shown in groups of four so it can be copied by hand. */
export function formatFollowUpToken(token: string): string {
  return token.match(/.{1,4}/g)?.join("-") ?? token;
}

/** The keyed hash stored in place of the token; typed spaces, dashes and look-alike letters are forgiven. */
export function followUpTokenHash(typed: string): string {
  return hashPii("token", `report-follow-up:${readCrockford(typed.replace(/[\s-]/g, ""))}`);
}
