import "server-only";
import type { AutoRuleKey } from "../engine-config";
import { addressDetailCorrection } from "./address-detail-correction";
import type { AutoRule } from "./auto-rule";
import { dogAnnualInspection } from "./dog-annual-inspection";
import { electronicLicence } from "./electronic-licence";
import { entryExitRecordCertificate } from "./entry-exit-record-certificate";
import { formalFiling } from "./formal-filing";
import { hukouBookReissue } from "./hukou-book-reissue";
import { inspectionExemptionLabel } from "./inspection-exemption-label";
import { licenceReissue } from "./licence-reissue";
import { licenceRenewal } from "./licence-renewal";
import { noCriminalRecordCertificate } from "./no-criminal-record-certificate";
import { plateReissue } from "./plate-reissue";
import { specialTradeEmployee } from "./special-trade-employee";
import { vehicleLicenceReissue } from "./vehicle-licence-reissue";
import { vehicleOwnerContactChange } from "./vehicle-owner-contact-change";

/**
 * Every automatic rule by key. A configuration naming a key without a rule here is refused on save, and
 * an application that reaches one anyway is referred to the review step: never let through unchecked.
 */
export const autoRules: Record<AutoRuleKey, AutoRule> = {
  hukou_book_reissue: hukouBookReissue,
  address_detail_correction: addressDetailCorrection,
  licence_renewal: licenceRenewal,
  licence_reissue: licenceReissue,
  vehicle_licence_reissue: vehicleLicenceReissue,
  plate_reissue: plateReissue,
  inspection_exemption_label: inspectionExemptionLabel,
  electronic_licence: electronicLicence,
  entry_exit_record_certificate: entryExitRecordCertificate,
  no_criminal_record_certificate: noCriminalRecordCertificate,
  dog_annual_inspection: dogAnnualInspection,
  vehicle_owner_contact_change: vehicleOwnerContactChange,
  special_trade_employee: specialTradeEmployee,
  formal_filing: formalFiling,
};
