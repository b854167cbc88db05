/** Ten whole digits: up to 9 999 999 999.99 yuan, far inside Number.MAX_SAFE_INTEGER fen. */
const amount = /^(0|[1-9]\d{0,9})(?:\.(\d{1,2}))?$/;

/**
 * The fen in a yuan amount as people type it ("3280", "3280.5", "3280.50") or, with `exactCents`, as
 * payment providers write it (always two decimals); null for anything else — signs, exponents, spaces,
 * leading zeros, a third decimal. Read from the digits, never through a float.
 */
export function parseYuan(text: string, opts: { exactCents?: boolean } = {}): number | null {
  const match = amount.exec(text);
  if (!match) return null;
  const cents = match[2] ?? "";
  if (opts.exactCents && cents.length !== 2) return null;
  return Number(match[1]) * 100 + Number(cents.padEnd(2, "0"));
}
