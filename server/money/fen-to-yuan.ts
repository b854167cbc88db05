/**
 * Amounts are kept in fen (integers) everywhere; yuan is only what people and providers read (Alipay's
 * total_amount is "12.50"). Integer arithmetic, so nothing is lost to floats. `short` drops ".00" from
 * whole yuan ("150", "12.50"), as a form field or an SMS shows a fine.
 */
export function fenToYuan(fen: number, opts: { short?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`not an amount in fen: ${fen}`);
  const whole = String(Math.floor(fen / 100));
  const cents = fen % 100;
  return opts.short && cents === 0 ? whole : `${whole}.${String(cents).padStart(2, "0")}`;
}
