import { randomInt } from "node:crypto";

export const digits = "0123456789";
export const digitsAndLetters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/**
 * Crockford's base32: no I, L, O or U, so what is printed or read aloud is not misread, and what a person
 * types for them (O for 0, I or L for 1) still reads back — see readCrockford.
 */
export const crockfordBase32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** `length` characters each drawn uniformly from `alphabet` by the CSPRNG: codes, order numbers, credentials. */
export function randomCode(length: number, alphabet: string = digits): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Upper-case Crockford text with the letters people type for digits read as those digits (O → 0, I and L → 1). */
export function readCrockford(typed: string): string {
  return typed.toUpperCase().replace(/[IL]/g, "1").replace(/O/g, "0");
}
