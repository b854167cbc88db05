import type { z } from "zod";
import { flattenError, type ZodError } from "zod";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";

type Issue = z.core.$ZodIssue;

/**
 * Plain-language messages for the validation problems a form can have. Zod's own locale files describe
 * types ("expected int, received undefined"), which means nothing to a citizen filling in a form.
 */
const texts: Record<Locale, Record<string, (i: Issue) => string>> = {
  "zh-CN": {
    int: () => "请输入整数",
    number: () => "请输入数字",
    type: () => "请按要求填写此项",
    tooShort: (i) => `至少需要 ${(i as { minimum: number }).minimum} 个字符`,
    tooLong: (i) => `最多 ${(i as { maximum: number }).maximum} 个字符`,
    tooSmall: (i) => `不能小于 ${(i as { minimum: number }).minimum}`,
    tooBig: (i) => `不能大于 ${(i as { maximum: number }).maximum}`,
    format: () => "格式不正确",
    keys: (i) => `不允许的字段：${(i as { keys: string[] }).keys.join("、")}`,
    value: () => "取值不在允许范围内",
    other: () => "填写有误",
  },
  en: {
    int: () => "Enter a whole number",
    number: () => "Enter a number",
    type: () => "Fill in this field as required",
    tooShort: (i) => `At least ${(i as { minimum: number }).minimum} characters`,
    tooLong: (i) => `At most ${(i as { maximum: number }).maximum} characters`,
    tooSmall: (i) => `Must be at least ${(i as { minimum: number }).minimum}`,
    tooBig: (i) => `Must be at most ${(i as { maximum: number }).maximum}`,
    format: () => "Not in the expected format",
    keys: (i) => `Fields not allowed: ${(i as { keys: string[] }).keys.join(", ")}`,
    value: () => "Not one of the allowed values",
    other: () => "Not valid",
  },
};

function kindOf(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type": {
      const expected = (issue as { expected: string }).expected;
      if (expected === "int") return "int";
      // Zod drops the input from issues, so "missing" and "wrong type" cannot be told apart here.
      return expected === "number" ? "number" : "type";
    }
    case "too_small":
      return (issue as { origin: string }).origin === "string" ? "tooShort" : "tooSmall";
    case "too_big":
      return (issue as { origin: string }).origin === "string" ? "tooLong" : "tooBig";
    case "invalid_format":
      return "format";
    case "unrecognized_keys":
      return "keys";
    case "invalid_value":
      return "value";
    default:
      return "other";
  }
}

/** Schemas name their own messages as `i18n:<namespace>.<key>`; other issues get a plain message. */
export function localiseIssue(issue: Issue, locale: Locale): string {
  if (issue.message?.startsWith("i18n:")) return translator(locale)(issue.message.slice(5) as never);
  const text = texts[locale][kindOf(issue)] ?? texts[locale].other;
  return text ? text(issue) : issue.message;
}

export function flattenLocalised(error: ZodError, locale: Locale) {
  return flattenError(error, (issue) => localiseIssue(issue, locale));
}
