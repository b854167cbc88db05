/** How the citizen's case query is throttled and timed. */
export const caseQueryRules = {
  /** Query attempts per account and per query number in an hour, before both are locked for an hour. */
  perAccount: 5,
  perNumber: 5,
  /**
   * Per IP address, higher: many people share one carrier-grade NAT address, and the per-account and
   * per-number limits already stop one person guessing.
   */
  perIp: 20,
  windowSeconds: 3600,
  lockSeconds: 3600,
  /** Code requests per account in an hour, on top of the per-phone limits every SMS code has. */
  codesPerAccount: 10,
  /** Every answer takes at least this long, so how long a refusal took tells nothing about why. */
  minDurationMs: 800,
} as const;
