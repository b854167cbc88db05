import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { detentionContacts, detentions, orgUnits } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { defineQuerySource } from "../query-source";

/**
 * JS011 被拘留人通知家属查询: the detention notices that named the asker as the family to notify
 * (刑事诉讼法第八十五条: within 24 hours), with where the person is held. Anyone else finds nothing; each
 * notice shown is audited under the detained person.
 */
export const detentionNotices = defineQuerySource({
  key: "detention_notices",
  register: {
    name: "拘留通知登记（办案单位、看守所）",
    nameEn: "Detention notices (handling units, detention houses)",
  },
  access: "family",
  sensitive: true,
  fields: [],
  nextSteps: {
    visit: { name: "被拘留人亲属会见预约", nameEn: "Book a family visit" },
    deposit: { name: "在押人员家属存款", nameEn: "Deposit money for a detainee" },
  },
  input: z.strictObject({}),
  async run({ tx, t, asker }) {
    if (!asker) return { records: [] };
    const rows = await tx
      .select({
        noticeNumber: detentions.noticeNumber,
        detaineeName: detentions.detaineeName,
        detaineeIdHash: detentions.detaineeIdHash,
        measure: detentions.measure,
        reason: detentions.reason,
        detainedAt: detentions.detainedAt,
        noticeSentAt: detentions.noticeSentAt,
        facility: detentions.facility,
        facilityAddress: detentions.facilityAddress,
        status: detentions.status,
        endedOn: detentions.endedOn,
        relation: detentionContacts.relation,
        unit: orgUnits.name,
        unitPhone: orgUnits.phone,
      })
      .from(detentionContacts)
      .innerJoin(detentions, eq(detentions.id, detentionContacts.detentionId))
      .innerJoin(orgUnits, eq(orgUnits.id, detentions.handlingUnitId))
      .where(and(eq(detentionContacts.idNumberHash, asker.idNumberHash), eq(detentionContacts.role, "family")))
      .orderBy(desc(detentions.detainedAt));
    return {
      emptyText: t("queriesPublic.detention.noNotices"),
      subjects: rows.map((r) => r.detaineeIdHash),
      records: rows.map((r) => ({
        title: t("queriesPublic.detention.noticeTitle", { name: r.detaineeName, relation: r.relation ?? "" }),
        subtitle: r.noticeNumber,
        fields: [
          { label: t("queriesPublic.detention.measure"), value: t(`cases.measures.${r.measure}`) },
          { label: t("queriesPublic.detention.reason"), value: r.reason },
          { label: t("queriesPublic.detention.detainedAt"), value: chinaDateTime(r.detainedAt).slice(0, 16) },
          { label: t("queriesPublic.detention.noticeSentAt"), value: chinaDateTime(r.noticeSentAt).slice(0, 16) },
          { label: t("queriesPublic.detention.facility"), value: r.facility },
          { label: t("queriesPublic.detention.facilityAddress"), value: r.facilityAddress },
          { label: t("queriesPublic.detention.unit"), value: r.unit },
          ...(r.unitPhone ? [{ label: t("queriesPublic.detention.unitPhone"), value: r.unitPhone }] : []),
        ],
        state:
          r.status === "held"
            ? {
                label: t("queriesPublic.detention.held"),
                tone: "attention" as const,
                meaning: t("queriesPublic.detention.heldMeaning"),
              }
            : {
                label: t(`queriesPublic.detention.${r.status}`),
                tone: "neutral" as const,
                meaning: t(`queriesPublic.detention.${r.status}Meaning`, { on: r.endedOn ?? "" }),
              },
        actions:
          r.status === "held"
            ? [
                { kind: "step" as const, step: "visit" },
                { kind: "step" as const, step: "deposit" },
              ]
            : [],
      })),
    };
  },
});
