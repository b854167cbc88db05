import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { detentionContacts, detentions, orgUnits } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { DomainError } from "@/server/errors";
import { normaliseName } from "@/server/population/normalise-name";
import { defineQuerySource } from "../query-source";
import { idNumber, personName } from "./query-inputs";

/**
 * JS005 在押人员羁押信息查询: where a named person is held, for the family the detention notice named and the
 * defence lawyer registered for them — nobody else. A person not held, a name that does not go with the ID
 * number, and an asker not named are all refused the same way, so the query never tells a stranger whether
 * someone is in custody. The detained person is the audit subject.
 */
export const custodyInfo = defineQuerySource({
  key: "custody_info",
  register: { name: "在押人员登记（看守所、拘留所）", nameEn: "Detainee register (detention houses and centres)" },
  access: "family",
  sensitive: true,
  fields: [
    {
      key: "detaineeName",
      type: "text",
      label: "被羁押人姓名",
      labelEn: "Detained person's name",
      required: true,
      maxLength: 40,
    },
    {
      key: "detaineeIdNumber",
      type: "text",
      label: "被羁押人身份证号码",
      labelEn: "Detained person's ID number",
      required: true,
      maxLength: 18,
      autoComplete: "off",
    },
  ],
  nextSteps: {
    family_visit: { name: "被拘留人亲属会见预约", nameEn: "Book a family visit" },
    lawyer_visit: { name: "律师会见预约", nameEn: "Book a lawyer's visit" },
  },
  input: z.strictObject({ detaineeName: personName, detaineeIdNumber: idNumber }),
  async run({ tx, t, asker }, input) {
    if (!asker) throw new DomainError("FORBIDDEN");
    const rows = await tx
      .select({
        detaineeName: detentions.detaineeName,
        detaineeIdHash: detentions.detaineeIdHash,
        measure: detentions.measure,
        detainedAt: detentions.detainedAt,
        facility: detentions.facility,
        facilityAddress: detentions.facilityAddress,
        status: detentions.status,
        endedOn: detentions.endedOn,
        unit: orgUnits.name,
        role: detentionContacts.role,
      })
      .from(detentions)
      .innerJoin(detentionContacts, eq(detentionContacts.detentionId, detentions.id))
      .innerJoin(orgUnits, eq(orgUnits.id, detentions.handlingUnitId))
      .where(
        and(
          eq(detentions.detaineeIdHash, hashPii("id", input.detaineeIdNumber)),
          eq(detentionContacts.idNumberHash, asker.idNumberHash),
        ),
      )
      .orderBy(desc(detentions.detainedAt));
    const named = rows.filter((r) => normaliseName(r.detaineeName) === normaliseName(input.detaineeName));
    if (named.length === 0) throw new DomainError("FORBIDDEN");
    return {
      subjects: [named[0]!.detaineeIdHash],
      records: named.map((r) => ({
        title: r.detaineeName,
        subtitle: t(`queriesPublic.custody.as_${r.role}`),
        fields: [
          { label: t("queriesPublic.detention.measure"), value: t(`cases.measures.${r.measure}`) },
          { label: t("queriesPublic.detention.detainedAt"), value: chinaDateTime(r.detainedAt).slice(0, 16) },
          { label: t("queriesPublic.detention.facility"), value: r.facility },
          { label: t("queriesPublic.detention.facilityAddress"), value: r.facilityAddress },
          { label: t("queriesPublic.detention.unit"), value: r.unit },
        ],
        state:
          r.status === "held"
            ? {
                label: t("queriesPublic.detention.held"),
                tone: "attention" as const,
                meaning: t(`queriesPublic.custody.heldMeaning_${r.role}`),
              }
            : {
                label: t(`queriesPublic.detention.${r.status}`),
                tone: "neutral" as const,
                meaning: t(`queriesPublic.detention.${r.status}Meaning`, { on: r.endedOn ?? "" }),
              },
        actions:
          r.status === "held"
            ? [{ kind: "step" as const, step: r.role === "lawyer" ? "lawyer_visit" : "family_visit" }]
            : [],
      })),
    };
  },
});
