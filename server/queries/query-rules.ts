/** How the query engine limits and confirms, in one place. */
export const queryRules = {
  /** A sensitive answer needs an SMS code confirmed this recently. */
  confirmationMinutes: 10,
  /** Public registers: per client address and per account, in a ten-minute window. */
  publicPerWindow: 30,
  publicWindowSeconds: 600,
} as const;
