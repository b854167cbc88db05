/**
 * How one-time SMS codes behave, whatever they are for (sign-in, registration, password reset, change of
 * phone); shared by the services that send them and the ones that check them.
 */
export const smsCodeRules = {
  validMinutes: 5,
  maxWrongTries: 5,
  phoneCooldownSeconds: 60,
  phonePerDay: 10,
  /** Generous, because many people share one carrier-grade NAT address; it stops bulk enumeration, not people. */
  ipPerHour: 30,
} as const;
