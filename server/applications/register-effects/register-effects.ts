import "server-only";
import type { RegisterEffectKey } from "../engine-config";
import { dogAnnualInspectionEffect } from "./dog-annual-inspection-effect";
import { electronicLicenceEffect } from "./electronic-licence-effect";
import { householdEffect } from "./household-effect";
import { inspectionLabelEffect } from "./inspection-label-effect";
import { licenceReissueEffect } from "./licence-reissue-effect";
import { licenceRenewalEffect } from "./licence-renewal-effect";
import type { RegisterEffect } from "./register-effect";
import { specialTradeEmployeeEffect } from "./special-trade-employee-effect";
import { vehicleDocumentReissueEffect } from "./vehicle-document-reissue-effect";
import { vehicleOwnerContactEffect } from "./vehicle-owner-contact-effect";

/** Every kind of register change by key; configurations name one of these. */
export const registerEffects: Record<RegisterEffectKey, RegisterEffect> = {
  household: householdEffect,
  licence_renewal: licenceRenewalEffect,
  licence_reissue: licenceReissueEffect,
  vehicle_document_reissue: vehicleDocumentReissueEffect,
  inspection_label: inspectionLabelEffect,
  electronic_licence: electronicLicenceEffect,
  dog_annual_inspection: dogAnnualInspectionEffect,
  vehicle_owner_contact: vehicleOwnerContactEffect,
  special_trade_employee: specialTradeEmployeeEffect,
};
