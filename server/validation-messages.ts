import type { z } from "zod";
import { flattenError, type ZodError } from "zod";
import en from "zod/v4/locales/en.js";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";

const zodLocales = { "zh-CN": zhCN(), en: en() };

/**
 * Schemas name their own messages as `i18n:<namespace>.<key>`; everything else falls back to zod's
 * own translation, so a form always gets text in the user's language.
 */
export function localiseIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.message?.startsWith("i18n:")) {
    return translator(locale)(issue.message.slice(5) as never);
  }
  const fallback = zodLocales[locale].localeError(issue as never);
  return typeof fallback === "string" ? fallback : (fallback?.message ?? issue.message);
}

export function flattenLocalised(error: ZodError, locale: Locale) {
  return flattenError(error, (issue) => localiseIssue(issue, locale));
}
