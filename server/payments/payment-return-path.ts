import { safeNextPath } from "@/server/accounts/safe-next-path";

const base = "http://jingmin.invalid";

/**
 * Where a payer may be sent after paying: a path on this site, already in the form a browser would
 * request it. No scheme, no host and no `//` anywhere, so a stored value can never become an open redirect.
 */
export function isPaymentReturnPath(value: string): boolean {
  return value.length <= 512 && !value.includes("//") && safeNextPath(value) === value;
}

/** The return path with the outcome (`paid=<orderNo>`, `payment=cancelled`) added to its query. */
export function paymentReturnUrl(returnPath: string, outcome: Record<string, string>): string {
  const url = new URL(returnPath, base);
  for (const [key, value] of Object.entries(outcome)) url.searchParams.set(key, value);
  return url.pathname + url.search + url.hash;
}
