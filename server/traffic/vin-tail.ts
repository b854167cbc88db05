import { timingSafeEqual } from "node:crypto";

/** VINs (GB 16735) use digits and letters without I, O and Q. */
const vinTailPattern = /^[A-HJ-NPR-Z0-9]{6}$/;

/**
 * The last 6 characters of a VIN as typed (lower case, full-width, spaces), normalised, or null when they
 * cannot be the end of any VIN.
 */
export function normaliseVinTail(input: string): string | null {
  const tail = input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, "")
    .toUpperCase();
  return vinTailPattern.test(tail) ? tail : null;
}

/**
 * Whether the typed tail is the VIN's last 6 characters. Compared in constant time: the answer must not
 * leak how many characters were right.
 */
export function vinTailMatches(vin: string, typedTail: string): boolean {
  const tail = normaliseVinTail(typedTail);
  if (!tail || vin.length < 6) return false;
  return timingSafeEqual(Buffer.from(vin.slice(-6).toUpperCase()), Buffer.from(tail));
}
