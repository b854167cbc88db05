/** Staff account numbers in audit details: enough to tell accounts apart, not to type one in. */
export function maskAccount(account: string): string {
  const v = account.trim();
  if (v.length <= 4) return "*".repeat(v.length);
  return v.slice(0, 2) + "*".repeat(v.length - 4) + v.slice(-2);
}
