import type { RegisterEffectKey } from "../engine-config";

/**
 * The form fields each register change reads, beside those its rule reads (rule-fields.ts), so the
 * configurations and the completeness walk can check a form supplies them. The household effect reads its
 * own per-service forms (server/household/household-forms.ts).
 */
export const effectFields: Record<Exclude<RegisterEffectKey, "household">, string[]> = {
  licence_renewal: [],
  licence_reissue: [],
  vehicle_document_reissue: ["plateNumber"],
  inspection_label: ["plateNumber"],
  electronic_licence: [],
  dog_annual_inspection: ["dogRegistrationNumber"],
  vehicle_owner_contact: ["plateNumber", "newPhone"],
  special_trade_employee: ["employerName", "trade", "position", "startDate"],
};
