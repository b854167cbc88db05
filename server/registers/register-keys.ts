/**
 * The registers the register desk maintains, one key per table (its SQL name). Pure, so pages and forms can
 * name a register without loading its definition; server/registers/registers.ts maps each key to one.
 */
export const registerKeys = [
  "community_police_areas",
  "police_cards",
  "guard_certificates",
  "internet_filings",
  "fraud_indicators",
  "precursor_permits",
  "drug_treatments",
  "detentions",
  "bail_deposits",
  "traffic_seizures",
] as const;

export type RegisterKey = (typeof registerKeys)[number];

export function isRegisterKey(value: string): value is RegisterKey {
  return (registerKeys as readonly string[]).includes(value);
}
