import "server-only";
import { z } from "zod";
import { listMyCaseNodes } from "@/server/cases/list-my-case-nodes";
import { defineQuerySource } from "../query-source";

/**
 * AJ008 刑事案件立案结果告知: whether the criminal cases the asker reported were filed, and if not, how to
 * ask for review (刑事诉讼法第一百一十二条: 复议 within 7 days, then 立案监督 by the procuratorate).
 */
export const caseFiling = defineQuerySource({
  key: "case_filing",
  register: { name: "案件查询登记（办案单位）", nameEn: "Case query register (handling units)" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: { supervision: { name: "立案监督申请", nameEn: "Ask for supervision of the decision" } },
  input: z.strictObject({}),
  async run({ tx, t, asker }) {
    if (!asker) return { records: [] };
    const mine = await listMyCaseNodes(tx, { idNumberHash: asker.idNumberHash, kinds: ["filed", "not_filed"] });
    return {
      emptyText: t("queriesPublic.caseFiling.empty"),
      records: mine
        .filter((c) => c.type === "criminal")
        .map((c) => {
          const decision = c.nodes.at(-1)!;
          const filed = decision.kind === "filed";
          return {
            title: c.title,
            subtitle: c.caseNumber,
            fields: [
              { label: t("queriesPublic.cases.unit"), value: c.unit.name },
              { label: t("queriesPublic.caseFiling.decidedOn"), value: decision.occurredOn },
              ...(decision.remark ? [{ label: t("queriesPublic.cases.remark"), value: decision.remark }] : []),
              ...(c.unit.phone ? [{ label: t("queriesPublic.cases.phone"), value: c.unit.phone }] : []),
            ],
            state: filed
              ? {
                  label: t("queriesPublic.caseFiling.filed"),
                  tone: "ok" as const,
                  meaning: t("queriesPublic.caseFiling.filedMeaning"),
                }
              : {
                  label: t("queriesPublic.caseFiling.notFiled"),
                  tone: "attention" as const,
                  meaning: t("queriesPublic.caseFiling.notFiledMeaning"),
                },
            actions: filed
              ? [{ kind: "link" as const, label: t("queriesPublic.cases.progress"), href: "/cases/query" }]
              : [{ kind: "step" as const, step: "supervision" }],
          };
        }),
    };
  },
});
