import "server-only";
import { guardCertificates } from "@/db/schema";
import { guardCertificateStatus } from "@/db/schema/public-order";
import { type RegisterDefinition, stored } from "../register-definition";
import { date, idNumber, text } from "../register-fields";

/**
 * 保安员证 (ZA043): issued in the city bureau's name after the exam, by the bureau or its public order
 * division; anyone checks a number and name. Revoked when the holder is struck off.
 */
export const guardCertificatesRegister: RegisterDefinition = {
  key: "guard_certificates",
  table: guardCertificates,
  id: guardCertificates.id,
  unit: guardCertificates.orgUnitId,
  roles: ["station_officer", "county_approver", "supervisor"],
  keepers: ["city", "public_order"],
  fields: [
    stored(
      text("certificateNumber", 10, 20, {
        fixed: true,
        inputMode: "numeric",
        pattern: /^\d{10,20}$/,
        message: "form.certificateNumber",
      }),
      guardCertificates.certificateNumber,
    ),
    stored(text("holderName", 1, 40, { message: "form.personName" }), guardCertificates.holderName),
    {
      ...idNumber("holderId"),
      hashColumn: guardCertificates.holderIdHash,
      encColumn: guardCertificates.holderIdEnc,
    },
    stored(date("issuedOn", { notFuture: true }), guardCertificates.issuedOn),
    stored(date("validUntil", { optional: true }), guardCertificates.validUntil),
    stored(text("employer", 2, 80, { optional: true }), guardCertificates.employer),
  ],
  listFields: ["certificateNumber", "holderName", "holderId", "employer", "validUntil"],
  search: [guardCertificates.certificateNumber, guardCertificates.holderName, guardCertificates.employer],
  orderBy: guardCertificates.issuedOn,
  unique: ["certificateNumber"],
  creates: true,
  status: {
    column: guardCertificates.status,
    values: guardCertificateStatus.enumValues,
    initial: "valid",
    transitions: { valid: ["revoked"], revoked: ["valid"] },
    tones: { valid: "success", revoked: "destructive" },
    effects: {
      revoked: { stamp: guardCertificates.revokedOn },
      valid: { clear: [guardCertificates.revokedOn] },
    },
  },
  refine: (values) =>
    values.validUntil && String(values.validUntil) < String(values.issuedOn)
      ? { errors: { validUntil: "registers.endBeforeStart" } }
      : { values },
  queries: ["ZA043"],
};
