import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { messages } from "./messages";

/** For code outside React (the tRPC error formatter, SMS templates, jobs). */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] });
}
