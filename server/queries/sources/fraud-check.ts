import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { fraudIndicators } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { defineQuerySource } from "../query-source";
import { requiredText } from "./query-inputs";
import { siteHost } from "./site-host";

/** The schemes the anti-fraud centre files flags under; the result explains each. */
export const fraudSchemes = [
  "impersonating_police",
  "impersonating_customer_service",
  "investment",
  "loan",
  "refund",
  "part_time_job",
] as const;

/**
 * What a typed number or link is: a phone number (digits, "+86" and separators dropped) or a site's host.
 * Null when it is neither.
 */
export function fraudIndicatorOf(typed: string): { kind: "phone" | "url"; value: string } | null {
  const text = typed.trim();
  if (/^[+\d\s()-]+$/.test(text)) {
    const digits = text.replace(/\D/g, "").replace(/^(?:0086|86)(?=1\d{10}$)/, "");
    return digits.length >= 5 && digits.length <= 20 ? { kind: "phone", value: digits } : null;
  }
  const host = siteHost(text);
  return host ? { kind: "url", value: host } : null;
}

/**
 * WA007 可疑号码和网址查询: whether the anti-fraud centre flagged a number or a site, with what scheme it was
 * reported for and what to do. Not being flagged is never "safe": the answer says so.
 */
export const fraudCheck = defineQuerySource({
  key: "fraud_check",
  register: { name: "涉诈号码和网址标记（反诈中心）", nameEn: "Flagged numbers and sites (anti-fraud centre)" },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "value",
      type: "text",
      label: "电话号码或网址",
      labelEn: "Phone number or link",
      hint: "如：17083215566，或 https://example.com/…",
      hintEn: "e.g. 17083215566, or https://example.com/…",
      required: true,
      maxLength: 300,
    },
  ],
  nextSteps: {
    report: { name: "网络违法犯罪举报", nameEn: "Report online crime" },
    warning: { name: "电信网络诈骗预警劝阻", nameEn: "Fraud warning" },
  },
  input: z.strictObject({ value: requiredText(3, 300, "form.fraudValue") }),
  async run({ tx, t }, input) {
    const indicator = fraudIndicatorOf(input.value);
    if (!indicator) throw new DomainError("BAD_INPUT", {}, { value: "form.fraudValue" });
    const [flag] = await tx
      .select({
        scheme: fraudIndicators.scheme,
        reportCount: fraudIndicators.reportCount,
        flaggedOn: fraudIndicators.flaggedOn,
      })
      .from(fraudIndicators)
      .where(
        and(
          eq(fraudIndicators.kind, indicator.kind),
          eq(fraudIndicators.value, indicator.value),
          eq(fraudIndicators.status, "flagged"),
        ),
      );
    const kind = t(`queriesPublic.fraudCheck.kinds.${indicator.kind}`);
    if (!flag) {
      return {
        records: [
          {
            title: indicator.value,
            subtitle: kind,
            fields: [],
            state: {
              label: t("queriesPublic.fraudCheck.notFlagged"),
              tone: "neutral",
              meaning: t("queriesPublic.fraudCheck.notFlaggedMeaning"),
            },
            actions: [{ kind: "step", step: "report" }],
          },
        ],
      };
    }
    const scheme = (fraudSchemes as readonly string[]).includes(flag.scheme) ? flag.scheme : "other";
    return {
      records: [
        {
          title: indicator.value,
          subtitle: kind,
          fields: [
            { label: t("queriesPublic.fraudCheck.scheme"), value: t(`queriesPublic.fraudCheck.schemes.${scheme}`) },
            { label: t("queriesPublic.fraudCheck.reports"), value: String(flag.reportCount) },
            { label: t("queriesPublic.fraudCheck.flaggedOn"), value: flag.flaggedOn },
          ],
          state: {
            label: t("queriesPublic.fraudCheck.flagged"),
            tone: "urgent",
            meaning: t("queriesPublic.fraudCheck.flaggedMeaning"),
          },
          actions: [
            { kind: "step", step: "report" },
            { kind: "step", step: "warning" },
          ],
        },
      ],
    };
  },
});
