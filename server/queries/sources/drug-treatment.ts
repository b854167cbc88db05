import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { drugTreatmentFamily, drugTreatments } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";
import { DomainError } from "@/server/errors";
import { normaliseName } from "@/server/population/normalise-name";
import { defineQuerySource } from "../query-source";
import { idNumber, personName } from "./query-inputs";

/**
 * JD010 戒毒人员情况查询: the treatment measure of a person, for the family the decision named (禁毒法第四十条)
 * and nobody else; not found, a mismatched name and an asker not named are refused alike. The person in
 * treatment is the audit subject.
 */
export const drugTreatment = defineQuerySource({
  key: "drug_treatment",
  register: { name: "戒毒人员登记（禁毒支队）", nameEn: "Drug treatment register (narcotics division)" },
  access: "family",
  sensitive: true,
  fields: [
    {
      key: "subjectName",
      type: "text",
      label: "戒毒人员姓名",
      labelEn: "Name of the person in treatment",
      required: true,
      maxLength: 40,
    },
    {
      key: "subjectIdNumber",
      type: "text",
      label: "戒毒人员身份证号码",
      labelEn: "Their ID number",
      required: true,
      maxLength: 18,
      autoComplete: "off",
    },
  ],
  nextSteps: { visit: { name: "强制隔离戒毒所探视预约", nameEn: "Book a visit" } },
  input: z.strictObject({ subjectName: personName, subjectIdNumber: idNumber }),
  async run({ tx, t, asker, now }, input) {
    if (!asker) throw new DomainError("FORBIDDEN");
    const rows = await tx
      .select({
        subjectName: drugTreatments.subjectName,
        subjectIdHash: drugTreatments.subjectIdHash,
        decisionNumber: drugTreatments.decisionNumber,
        measure: drugTreatments.measure,
        facility: drugTreatments.facility,
        visitingNote: drugTreatments.visitingNote,
        startedOn: drugTreatments.startedOn,
        endsOn: drugTreatments.endsOn,
        status: drugTreatments.status,
        relation: drugTreatmentFamily.relation,
      })
      .from(drugTreatments)
      .innerJoin(drugTreatmentFamily, eq(drugTreatmentFamily.treatmentId, drugTreatments.id))
      .where(
        and(
          eq(drugTreatments.subjectIdHash, hashPii("id", input.subjectIdNumber)),
          eq(drugTreatmentFamily.idNumberHash, asker.idNumberHash),
        ),
      )
      .orderBy(desc(drugTreatments.startedOn));
    const named = rows.filter((r) => normaliseName(r.subjectName) === normaliseName(input.subjectName));
    if (named.length === 0) throw new DomainError("FORBIDDEN");
    const today = chinaToday(now);
    return {
      subjects: [named[0]!.subjectIdHash],
      records: named.map((r) => {
        const inProgress = r.status === "in_progress";
        return {
          title: t(`queriesPublic.drugTreatment.measures.${r.measure}`),
          subtitle: r.decisionNumber,
          fields: [
            { label: t("queriesPublic.drugTreatment.facility"), value: r.facility },
            { label: t("queriesPublic.drugTreatment.period"), value: `${r.startedOn} — ${r.endsOn}` },
            ...(inProgress ? [{ label: t("queriesPublic.drugTreatment.visiting"), value: r.visitingNote }] : []),
          ],
          state: inProgress
            ? {
                label: t("queriesPublic.drugTreatment.inProgress"),
                tone: "neutral" as const,
                meaning: t("queriesPublic.drugTreatment.inProgressMeaning", {
                  days: Math.max(0, daysUntil(r.endsOn, today)),
                }),
              }
            : {
                label: t(`queriesPublic.drugTreatment.${r.status}`),
                tone: "ok" as const,
                meaning: t(`queriesPublic.drugTreatment.${r.status}Meaning`),
              },
          actions: inProgress && r.measure === "compulsory_isolation" ? [{ kind: "step" as const, step: "visit" }] : [],
        };
      }),
    };
  },
});
