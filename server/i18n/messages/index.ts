import type { Locale } from "../config";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import zhCommon from "./zh-CN/common.json";
import zhErrors from "./zh-CN/errors.json";

/** One JSON file per namespace and locale; zh-CN is the source of truth for keys. */
const zhCN = { common: zhCommon, errors: zhErrors };
const en: typeof zhCN = { common: enCommon, errors: enErrors };

export type Messages = typeof zhCN;
export const messages: Record<Locale, Messages> = { "zh-CN": zhCN, en };
