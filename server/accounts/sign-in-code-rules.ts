/** How SMS sign-in codes behave; shared by the service that sends them and the one that checks them. */
export const signInCodeRules = {
  validMinutes: 5,
  maxWrongTries: 5,
  phoneCooldownSeconds: 60,
  phonePerDay: 10,
  /** Generous, because many people share one carrier-grade NAT address; it stops bulk enumeration, not people. */
  ipPerHour: 30,
} as const;
