import type { AutoRuleKey } from "../engine-config";

/**
 * The form fields each automatic rule reads, so a service's configuration and the completeness walk can
 * check that its form supplies them. Everything else a rule needs it reads from the registers by the
 * applicant (their licence, their vehicle chosen by plate, their dog chosen by tag). formal_filing reads
 * whatever its form marks required, so it names none.
 */
export const ruleFields: Record<AutoRuleKey, string[]> = {
  hukou_book_reissue: [],
  address_detail_correction: ["item", "newValue"],
  licence_renewal: [],
  licence_reissue: [],
  vehicle_licence_reissue: ["plateNumber"],
  plate_reissue: ["plateNumber"],
  inspection_exemption_label: ["plateNumber"],
  electronic_licence: [],
  entry_exit_record_certificate: [],
  no_criminal_record_certificate: [],
  dog_annual_inspection: ["dogRegistrationNumber"],
  vehicle_owner_contact_change: ["plateNumber", "newPhone"],
  special_trade_employee: ["employerName"],
  formal_filing: [],
};

/**
 * The material keys a rule looks for, which the service's guide must offer: licence_renewal passes only
 * with "photo", and with "health" (身体条件证明) from the age of 60, so "health" is offered but optional.
 */
export const ruleMaterials: Record<AutoRuleKey, string[]> = {
  hukou_book_reissue: [],
  address_detail_correction: [],
  licence_renewal: ["photo", "health"],
  licence_reissue: [],
  vehicle_licence_reissue: [],
  plate_reissue: [],
  inspection_exemption_label: [],
  electronic_licence: [],
  entry_exit_record_certificate: [],
  no_criminal_record_certificate: [],
  dog_annual_inspection: [],
  vehicle_owner_contact_change: [],
  special_trade_employee: [],
  formal_filing: [],
};
