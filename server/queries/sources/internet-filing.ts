import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { internetFilings, orgUnits } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import { defineQuerySource } from "../query-source";
import { requiredText } from "./query-inputs";
import { siteHost } from "./site-host";

/**
 * WA011 公安联网备案信息查询: the filing behind a 豫公网安备 number or a site's domain — who runs it, since
 * when, and whether the filing stands. An individual's name is masked, as on the national portal.
 */
export const internetFiling = defineQuerySource({
  key: "internet_filing",
  register: { name: "公安联网备案登记（网安支队）", nameEn: "Internet filings (cyber security division)" },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "query",
      type: "text",
      label: "备案号或网站域名",
      labelEn: "Filing number or site domain",
      hint: "如：豫公网安备41010502000123号，或 example.com",
      hintEn: "e.g. 41010502000123, or example.com",
      required: true,
      maxLength: 200,
    },
  ],
  nextSteps: {
    report: { name: "网络违法犯罪举报", nameEn: "Report online crime" },
    file: { name: "互联网网站公安联网备案", nameEn: "File a website" },
  },
  input: z.strictObject({ query: requiredText(3, 200, "form.filingQuery") }),
  async run({ tx, t }, input) {
    const digits = input.query.replace(/[^\d]/g, "");
    const byNumber = /^[^a-z]*$/i.test(input.query.replace(/豫公网安备|号/g, "")) && digits.length === 14;
    const host = byNumber ? null : siteHost(input.query);
    if (!byNumber && !host) throw new DomainError("BAD_INPUT", {}, { query: "form.filingQuery" });
    const rows = await tx
      .select({
        filingNumber: internetFilings.filingNumber,
        siteName: internetFilings.siteName,
        domain: internetFilings.domain,
        entityName: internetFilings.entityName,
        entityType: internetFilings.entityType,
        filedOn: internetFilings.filedOn,
        status: internetFilings.status,
        unit: orgUnits.name,
      })
      .from(internetFilings)
      .innerJoin(orgUnits, eq(orgUnits.id, internetFilings.orgUnitId))
      .where(byNumber ? eq(internetFilings.filingNumber, digits) : eq(internetFilings.domain, host!))
      .orderBy(desc(internetFilings.filedOn))
      .limit(5);
    return {
      emptyText: t("queriesPublic.internetFiling.empty"),
      records: rows.map((r) => ({
        title: r.siteName,
        subtitle: t("queriesPublic.internetFiling.number", { number: r.filingNumber }),
        fields: [
          { label: t("queriesPublic.internetFiling.domain"), value: r.domain },
          {
            label: t("queriesPublic.internetFiling.entity"),
            value: r.entityType === "individual" ? maskName(r.entityName) : r.entityName,
          },
          {
            label: t("queriesPublic.internetFiling.entityType"),
            value: t(`queriesPublic.internetFiling.types.${r.entityType}`),
          },
          { label: t("queriesPublic.internetFiling.filedOn"), value: r.filedOn },
          { label: t("queriesPublic.internetFiling.unit"), value: r.unit },
        ],
        state:
          r.status === "active"
            ? {
                label: t("queriesPublic.internetFiling.active"),
                tone: "ok" as const,
                meaning: t("queriesPublic.internetFiling.activeMeaning"),
              }
            : {
                label: t("queriesPublic.internetFiling.cancelled"),
                tone: "attention" as const,
                meaning: t("queriesPublic.internetFiling.cancelledMeaning"),
              },
        actions: r.status === "active" ? [] : [{ kind: "step" as const, step: "report" }],
      })),
    };
  },
});
