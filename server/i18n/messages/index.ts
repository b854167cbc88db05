import type { Locale } from "../config";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import enAuth from "./en/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhErrors from "./zh-CN/errors.json";
import zhAuth from "./zh-CN/auth.json";
import enShell from "./en/shell.json";
import enHome from "./en/home.json";
import enDashboard from "./en/dashboard.json";
import enAdmin from "./en/admin.json";
import enPreferences from "./en/preferences.json";
import zhShell from "./zh-CN/shell.json";
import zhHome from "./zh-CN/home.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhAdmin from "./zh-CN/admin.json";
import zhPreferences from "./zh-CN/preferences.json";
import enDevtools from "./en/devtools.json";
import zhDevtools from "./zh-CN/devtools.json";

/** One JSON file per namespace and locale; zh-CN is the source of truth for keys. */
const zhCN = { common: zhCommon, errors: zhErrors, auth: zhAuth, shell: zhShell, home: zhHome, dashboard: zhDashboard, admin: zhAdmin, preferences: zhPreferences, devtools: zhDevtools };
const en: typeof zhCN = { common: enCommon, errors: enErrors, auth: enAuth, shell: enShell, home: enHome, dashboard: enDashboard, admin: enAdmin, preferences: enPreferences, devtools: enDevtools };

export type Messages = typeof zhCN;
export const messages: Record<Locale, Messages> = { "zh-CN": zhCN, en };
