import "server-only";
import { z } from "zod";
import { listMyCaseNodes } from "@/server/cases/list-my-case-nodes";
import { defineQuerySource } from "../query-source";

/**
 * AJ003 受案回执查询: the receipts of the reports the police accepted from the asker — on every case where
 * the handling unit registered them as party or family — with the unit to contact.
 */
export const caseReceipts = defineQuerySource({
  key: "case_receipts",
  register: { name: "案件查询登记（办案单位）", nameEn: "Case query register (handling units)" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {},
  input: z.strictObject({}),
  async run({ tx, t, asker }) {
    if (!asker) return { records: [] };
    const mine = await listMyCaseNodes(tx, { idNumberHash: asker.idNumberHash, kinds: ["accepted"] });
    return {
      emptyText: t("queriesPublic.caseReceipts.empty"),
      records: mine.map((c) => {
        const accepted = c.nodes[0]!;
        return {
          title: c.title,
          subtitle: c.caseNumber,
          fields: [
            { label: t("queriesPublic.cases.unit"), value: c.unit.name },
            { label: t("queriesPublic.caseReceipts.acceptedOn"), value: accepted.occurredOn },
            ...(accepted.remark ? [{ label: t("queriesPublic.cases.remark"), value: accepted.remark }] : []),
            ...(c.unit.phone ? [{ label: t("queriesPublic.cases.phone"), value: c.unit.phone }] : []),
          ],
          state: {
            label: t("queriesPublic.caseReceipts.accepted"),
            tone: "ok" as const,
            meaning: t(`queriesPublic.caseReceipts.meaning_${c.type}`),
          },
          actions: [{ kind: "link" as const, label: t("queriesPublic.cases.progress"), href: "/cases/query" }],
        };
      }),
    };
  },
});
