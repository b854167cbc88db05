import "server-only";
import { drugTreatments, precursorPermits } from "@/db/schema";
import { precursorDirection, precursorPermitStatus, treatmentMeasure, treatmentStatus } from "@/db/schema/narcotics";
import { type RegisterDefinition, stored } from "../register-definition";
import { choice, date, decimal, idNumber, text } from "../register-fields";

const narcoticsDesk = {
  roles: ["station_officer", "county_approver", "supervisor"],
  keepers: ["narcotics"],
} as const satisfies Pick<RegisterDefinition, "roles" | "keepers">;

const endNotBeforeStart =
  (start: string, end: string): RegisterDefinition["refine"] =>
  (values) =>
    String(values[end]) < String(values[start]) ? { errors: { [end]: "registers.endBeforeStart" } } : { values };

/** 易制毒化学品进出口许可 (JD005): a customs officer or trading partner checks a permit number. */
export const precursorPermitsRegister: RegisterDefinition = {
  key: "precursor_permits",
  table: precursorPermits,
  id: precursorPermits.id,
  unit: precursorPermits.orgUnitId,
  ...narcoticsDesk,
  fields: [
    stored(
      text("permitNumber", 18, 20, {
        fixed: true,
        normalise: (typed) => typed.toUpperCase(),
        pattern: /^\d{4}-J-\d{6}-\d{4}$/,
        message: "form.permitNumber",
      }),
      precursorPermits.permitNumber,
    ),
    stored(choice("direction", precursorDirection.enumValues), precursorPermits.direction),
    stored(text("companyName", 2, 80), precursorPermits.companyName),
    stored(text("chemical", 1, 40), precursorPermits.chemical),
    stored(decimal("quantityKg", 3, 999_999_999), precursorPermits.quantityKg),
    stored(text("country", 1, 40), precursorPermits.country),
    stored(text("port", 2, 80), precursorPermits.port),
    stored(date("validFrom"), precursorPermits.validFrom),
    stored(date("validUntil"), precursorPermits.validUntil),
  ],
  listFields: ["permitNumber", "companyName", "chemical", "quantityKg", "validUntil"],
  search: [precursorPermits.permitNumber, precursorPermits.companyName, precursorPermits.chemical],
  orderBy: precursorPermits.validFrom,
  unique: ["permitNumber"],
  creates: true,
  status: {
    column: precursorPermits.status,
    values: precursorPermitStatus.enumValues,
    initial: "valid",
    transitions: { valid: ["used", "revoked"] },
    tones: { valid: "success", used: "neutral", revoked: "destructive" },
  },
  refine: endNotBeforeStart("validFrom", "validUntil"),
  queries: ["JD005"],
};

/**
 * 戒毒人员 (JD010): the measure, where and until when. Only the family the decision names may ask, and
 * they come with the decision, so the desk corrects and closes treatments but does not add them.
 */
export const drugTreatmentsRegister: RegisterDefinition = {
  key: "drug_treatments",
  table: drugTreatments,
  id: drugTreatments.id,
  unit: drugTreatments.orgUnitId,
  ...narcoticsDesk,
  fields: [
    stored(text("decisionNumber", 6, 40, { fixed: true }), drugTreatments.decisionNumber),
    stored(text("subjectName", 1, 40, { message: "form.personName" }), drugTreatments.subjectName),
    { ...idNumber("subjectId"), hashColumn: drugTreatments.subjectIdHash, encColumn: drugTreatments.subjectIdEnc },
    stored(choice("measure", treatmentMeasure.enumValues), drugTreatments.measure),
    stored(text("facility", 2, 80), drugTreatments.facility),
    stored(text("visitingNote", 2, 300, { multiline: true }), drugTreatments.visitingNote),
    stored(date("startedOn", { notFuture: true }), drugTreatments.startedOn),
    stored(date("endsOn"), drugTreatments.endsOn),
  ],
  listFields: ["decisionNumber", "subjectName", "subjectId", "measure", "endsOn"],
  search: [drugTreatments.decisionNumber, drugTreatments.subjectName, drugTreatments.facility],
  orderBy: drugTreatments.startedOn,
  unique: ["decisionNumber"],
  creates: false,
  status: {
    column: drugTreatments.status,
    values: treatmentStatus.enumValues,
    initial: "in_progress",
    transitions: { in_progress: ["completed", "ended_early"] },
    tones: { in_progress: "warning", completed: "neutral", ended_early: "neutral" },
  },
  refine: endNotBeforeStart("startedOn", "endsOn"),
  queries: ["JD010"],
};
