import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { officialFilings, orgUnits } from "@/db/schema";
import { defineQuerySource } from "../query-source";

/**
 * CR019 国家工作人员出入境证件备案查询: whether the asker's employer filed them as a public servant with the
 * exit-entry administration, and what that means for applying for and keeping travel documents.
 */
export const officialFiling = defineQuerySource({
  key: "official_filing",
  register: { name: "国家工作人员登记备案（出入境管理支队）", nameEn: "Public servant filings (exit-entry division)" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: { apply: { name: "普通护照首次申请预约", nameEn: "Book a first passport application" } },
  input: z.strictObject({}),
  async run({ tx, t, asker }) {
    if (!asker) return { records: [] };
    const rows = await tx
      .select({
        employer: officialFilings.employer,
        category: officialFilings.category,
        filedOn: officialFilings.filedOn,
        status: officialFilings.status,
        removedOn: officialFilings.removedOn,
        kept: officialFilings.documentsKeptByEmployer,
        unit: orgUnits.name,
      })
      .from(officialFilings)
      .innerJoin(orgUnits, eq(orgUnits.id, officialFilings.orgUnitId))
      .where(eq(officialFilings.idNumberHash, asker.idNumberHash))
      .orderBy(desc(officialFilings.filedOn));
    return {
      emptyText: t("queriesPublic.officialFiling.empty"),
      records: rows.map((r) => ({
        title: r.employer,
        subtitle: r.category,
        fields: [
          { label: t("queriesPublic.officialFiling.filedOn"), value: r.filedOn },
          { label: t("queriesPublic.officialFiling.unit"), value: r.unit },
          {
            label: t("queriesPublic.officialFiling.documents"),
            value: t(r.kept ? "queriesPublic.officialFiling.kept" : "queriesPublic.officialFiling.notKept"),
          },
          ...(r.removedOn ? [{ label: t("queriesPublic.officialFiling.removedOn"), value: r.removedOn }] : []),
        ],
        state:
          r.status === "filed"
            ? {
                label: t("queriesPublic.officialFiling.filed"),
                tone: "attention" as const,
                meaning: t("queriesPublic.officialFiling.filedMeaning"),
              }
            : {
                label: t("queriesPublic.officialFiling.removed"),
                tone: "ok" as const,
                meaning: t("queriesPublic.officialFiling.removedMeaning"),
              },
        actions: r.status === "removed" ? [{ kind: "step" as const, step: "apply" }] : [],
      })),
    };
  },
});
