import "server-only";
import { z } from "zod";
import { listWhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { defineQuerySource } from "../query-source";

/** ZH013 个人信息查询记录: who read or handled one's personal data — units, purposes and hours, never names. */
export const whoLooked = defineQuerySource({
  key: "who_looked",
  register: { name: "个人信息访问审计日志", nameEn: "Audit log of reads of personal data" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: { correction: { name: "个人信息更正申请", nameEn: "Ask for a correction" } },
  input: z.strictObject({}),
  async run({ tx, asker, t, locale }) {
    if (!asker) return { records: [] };
    const k = (key: string, values?: Record<string, string | number>) => t(`queries.sources.whoLooked.${key}`, values);
    const log = await listWhoLookedAtMe(tx, { userId: asker.userId });
    return {
      emptyText: t("accessLog.none"),
      note:
        log.total > log.entries.length
          ? t("accessLog.summary", { shown: log.entries.length, total: log.total })
          : undefined,
      records: log.entries.map((e, i) => ({
        title: t(`accessLog.purposes.${e.purpose}`),
        subtitle: e.unit
          ? locale === "en" && e.unit.nameEn
            ? e.unit.nameEn
            : e.unit.name
          : e.purpose === "ownQuery" || e.purpose === "familyQuery" || e.purpose === "publicQuery"
            ? t(`accessLog.asker.${e.purpose}`)
            : t("accessLog.platform"),
        fields: [
          { label: k("at"), value: chinaDateTime(e.at) },
          { label: k("count"), value: String(e.count) },
        ],
        actions: i === 0 ? [{ kind: "step" as const, step: "correction" }] : [],
      })),
    };
  },
});
