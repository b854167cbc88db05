import { crockfordBase32, readCrockford } from "@/server/numbering/crockford";
import { randomCode } from "@/server/numbering/random-code";

/** 16 characters × 5 bits = 80 random bits: guessing a valid code is hopeless even without the rate limit. */
const codeLength = 16;
const groupLength = 4;

function group(chars: string): string {
  return chars.match(new RegExp(`.{${groupLength}}`, "g"))!.join("-");
}

/** A new verification code as printed: "7KQ4-M2XP-9TRW-HB3D". */
export function generateDocumentCode(): string {
  return group(randomCode(codeLength, crockfordBase32));
}

/**
 * What a person typed or scanned, as stored: any case, spaces, dashes, full-width characters from a
 * Chinese input method, or the whole verify URL. Null when it cannot be a code at all.
 */
export function normaliseDocumentCode(input: string): string | null {
  let v = input.normalize("NFKC");
  const inUrl = v.match(/\/verify\/([^/?#]+)/);
  if (inUrl?.[1]) v = decodeURIComponentSafe(inUrl[1]);
  const chars = readCrockford(v.replace(/[\s\-_.·—–]/g, ""));
  if (chars.length !== codeLength || [...chars].some((c) => !crockfordBase32.includes(c))) return null;
  return group(chars);
}

function decodeURIComponentSafe(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
