import { randomBytes } from "node:crypto";

/**
 * Crockford's base32: no I, L, O or U, so what is printed cannot be misread, and what a person types
 * for them (O for 0, I or L for 1) still finds the document.
 */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const misread: Record<string, string> = { O: "0", I: "1", L: "1" };

/** 16 characters × 5 bits = 80 random bits: guessing a valid code is hopeless even without the rate limit. */
const codeLength = 16;
const groupLength = 4;

function group(chars: string): string {
  return chars.match(new RegExp(`.{${groupLength}}`, "g"))!.join("-");
}

/** A new verification code as printed: "7KQ4-M2XP-9TRW-HB3D". */
export function generateDocumentCode(): string {
  const bytes = randomBytes((codeLength * 5) / 8);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let chars = "";
  for (let i = codeLength - 1; i >= 0; i--) chars += alphabet[Number((bits >> BigInt(i * 5)) & 31n)];
  return group(chars);
}

/**
 * What a person typed or scanned, as stored: any case, spaces, dashes, full-width characters from a
 * Chinese input method, or the whole verify URL. Null when it cannot be a code at all.
 */
export function normaliseDocumentCode(input: string): string | null {
  let v = input.normalize("NFKC");
  const inUrl = v.match(/\/verify\/([^/?#]+)/);
  if (inUrl?.[1]) v = decodeURIComponentSafe(inUrl[1]);
  const chars = v
    .toUpperCase()
    .replace(/[\s\-_.·—–]/g, "")
    .replace(/[OIL]/g, (c) => misread[c] ?? c);
  if (chars.length !== codeLength || [...chars].some((c) => !alphabet.includes(c))) return null;
  return group(chars);
}

function decodeURIComponentSafe(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
