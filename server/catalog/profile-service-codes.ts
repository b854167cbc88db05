import type { TravelDocumentType } from "./load-citizen-profile";

/**
 * The catalogue services the home page links a citizen's register data to, by service code. This is the
 * one place that ties register facts to services: when the catalogue renames a code, only this changes
 * (an integration test checks every code here exists in the seeded catalogue).
 */
export const profileServiceCodes = {
  passportRenewal: "CR002",
  hkMacauPermitRenewal: "CR003",
  taiwanPermitRenewal: "CR008",
  birthRegistration: "HZ001",
  trafficViolations: "JJ045",
  licenceRenewal: "JJ025",
  vehicleInspection: "JJ013",
} as const;

export type ProfileServiceKey = keyof typeof profileServiceCodes;

export const travelDocumentRenewal: Record<TravelDocumentType, ProfileServiceKey> = {
  passport: "passportRenewal",
  hk_macau_permit: "hkMacauPermitRenewal",
  taiwan_permit: "taiwanPermitRenewal",
};
