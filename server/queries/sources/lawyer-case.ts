import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { caseLawyers, caseNodes, cases, orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { defineQuerySource } from "../query-source";

/**
 * AJ012 律师阅卷和办案信息查询: the cases a defence lawyer is registered on, found by the lawyer's own verified
 * identity and the practising certificate number the handling unit registered — the case's stage and what
 * the lawyer may do next. A certificate number that is not registered for the asker is refused. The client
 * (the suspect) is the audit subject.
 */
export const lawyerCase = defineQuerySource({
  key: "lawyer_case",
  register: { name: "辩护律师登记（办案单位）", nameEn: "Defence lawyers on cases (handling units)" },
  access: "family",
  sensitive: true,
  fields: [
    {
      key: "certificateNumber",
      type: "text",
      label: "律师执业证号",
      labelEn: "Practising certificate number",
      hint: "17 位执业证号",
      hintEn: "17 digits",
      required: true,
      inputMode: "numeric",
      maxLength: 17,
    },
  ],
  nextSteps: { lawyer_visit: { name: "律师会见预约", nameEn: "Book a lawyer's visit" } },
  input: z.strictObject({
    certificateNumber: z
      .string()
      .trim()
      .regex(/^\d{17}$/, "form.lawyerCertificate"),
  }),
  async run({ tx, t, asker }, input) {
    if (!asker) throw new DomainError("FORBIDDEN");
    const mine = await tx
      .select({
        caseId: cases.id,
        caseNumber: cases.caseNumber,
        title: cases.title,
        unit: orgUnits.name,
        unitPhone: orgUnits.phone,
        clientName: caseLawyers.clientName,
        clientIdHash: caseLawyers.clientIdHash,
        lawFirm: caseLawyers.lawFirm,
        note: caseLawyers.fileReadingNote,
      })
      .from(caseLawyers)
      .innerJoin(cases, eq(cases.id, caseLawyers.caseId))
      .innerJoin(orgUnits, eq(orgUnits.id, cases.handlingUnitId))
      .where(
        and(
          eq(caseLawyers.idNumberHash, asker.idNumberHash),
          eq(caseLawyers.certificateNumber, input.certificateNumber),
          isNull(caseLawyers.revokedAt),
        ),
      )
      .orderBy(desc(caseLawyers.createdAt));
    if (mine.length === 0) throw new DomainError("FORBIDDEN");
    const nodes = await tx
      .select({
        caseId: caseNodes.caseId,
        kind: caseNodes.kind,
        measure: caseNodes.measure,
        occurredOn: caseNodes.occurredOn,
        remark: caseNodes.remark,
      })
      .from(caseNodes)
      .where(
        inArray(
          caseNodes.caseId,
          mine.map((c) => c.caseId),
        ),
      )
      .orderBy(desc(caseNodes.occurredOn), asc(caseNodes.createdAt));
    return {
      subjects: mine.map((c) => c.clientIdHash),
      records: mine.map((c) => {
        const ofCase = nodes.filter((n) => n.caseId === c.caseId);
        const detained = ofCase.some((n) => n.measure === "criminal_detention" || n.measure === "arrest");
        const latest = ofCase[0];
        return {
          title: c.title,
          subtitle: c.caseNumber,
          fields: [
            { label: t("queriesPublic.lawyerCase.client"), value: c.clientName },
            { label: t("queriesPublic.lawyerCase.lawFirm"), value: c.lawFirm },
            { label: t("queriesPublic.cases.unit"), value: c.unit },
            ...(c.unitPhone ? [{ label: t("queriesPublic.cases.phone"), value: c.unitPhone }] : []),
            { label: t("queriesPublic.lawyerCase.next"), value: c.note },
          ],
          state: {
            label: latest
              ? t("queriesPublic.lawyerCase.stage", {
                  stage:
                    latest.kind === "coercive_measure" && latest.measure
                      ? t(`cases.measures.${latest.measure}`)
                      : t(`cases.kinds.${latest.kind}`),
                })
              : t("queriesPublic.lawyerCase.registered"),
            tone: "neutral" as const,
            meaning: t("queriesPublic.lawyerCase.meaning"),
          },
          timeline: ofCase.map((n) => ({
            at: new Date(`${n.occurredOn}T00:00:00+08:00`),
            label:
              n.kind === "coercive_measure" && n.measure
                ? `${t("cases.kinds.coercive_measure")}（${t(`cases.measures.${n.measure}`)}）`
                : t(`cases.kinds.${n.kind}`),
            detail: n.remark || undefined,
          })),
          actions: detained ? [{ kind: "step" as const, step: "lawyer_visit" }] : [],
        };
      }),
    };
  },
});
