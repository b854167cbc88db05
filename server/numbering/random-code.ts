import { randomInt } from "node:crypto";

export const digits = "0123456789";
export const digitsAndLetters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `length` characters each drawn uniformly from `alphabet` by the CSPRNG: codes, order numbers, credentials. */
export function randomCode(length: number, alphabet: string = digits): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
