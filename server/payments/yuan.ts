/**
 * Amounts are kept in fen (integers) everywhere; yuan with two decimals is only what people and
 * providers read (Alipay's total_amount is "12.50"). Integer arithmetic, so nothing is lost to floats.
 */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`not an amount in fen: ${fen}`);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** The fen in a yuan amount written with exactly two decimals, or null for anything else. */
export function yuanToFen(yuan: string): number | null {
  const match = /^(0|[1-9]\d{0,9})\.(\d{2})$/.exec(yuan);
  if (!match) return null;
  return Number(match[1]) * 100 + Number(match[2]);
}
