import { crockfordBase32, readCrockford } from "@/server/numbering/crockford";
import { randomCode } from "@/server/numbering/random-code";

/**
 * The code behind an electronic licence screen's QR: 20 random Crockford characters (100 bits), grouped as
 * "7KQ4M-2XP9T-RWHB3-D5N8A". Four characters longer than a printed document's code, so the two can never be
 * taken for each other and /verify knows which check to run.
 *
 * Why a random code stored hashed, not a signed token (HMAC over licence and time): a signed token has to
 * carry what it vouches for, so every screen of one holder would share a stable licence identifier that
 * lets checkers link separate showings; a random code carries nothing at all. The row also keeps the issue
 * time and expiry, so an expired code still answers "expired, issued at …" instead of "unknown", and each
 * check is audited against the row it names. Only the keyed hash is stored (hashPii "token"), so a database
 * dump does not yield codes that would verify. Cost: one small row per code shown.
 */
const codeLength = 20;
const groupLength = 5;

/** How long a shown code verifies: long enough to scan at a counter, too short to replay a screenshot. */
export const showCodeTtlSeconds = 180;

function group(chars: string): string {
  return chars.match(new RegExp(`.{${groupLength}}`, "g"))!.join("-");
}

export function generateShowCode(): string {
  return group(randomCode(codeLength, crockfordBase32));
}

/** What a checker typed or scanned (any case, separators, full-width, the whole URL) as issued; null if it cannot be one. */
export function normaliseShowCode(input: string): string | null {
  let v = input.normalize("NFKC");
  const inUrl = v.match(/\/verify\/licence\/([^/?#]+)/);
  if (inUrl?.[1]) v = inUrl[1];
  const chars = readCrockford(v.replace(/[\s\-_.·—–]/g, ""));
  if (chars.length !== codeLength || [...chars].some((c) => !crockfordBase32.includes(c))) return null;
  return group(chars);
}

/** The checker's page for a code, relative to the site. */
export function showCodePath(code: string): string {
  return `/verify/licence/${code}`;
}
