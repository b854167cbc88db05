import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { chinaTimeZone } from "@/server/dates/china-time-zone";
import { localeCookie, toLocale } from "./config";
import { messages } from "./messages";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(localeCookie)?.value);
  return { locale, messages: messages[locale], timeZone: chinaTimeZone };
});
