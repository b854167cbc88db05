import { chinaToday } from "@/server/dates/china-today";

/** "20261127": the China date as application, order and trade numbers start, so a number tells its day. */
export function chinaDayStamp(now: Date): string {
  return chinaToday(now).replaceAll("-", "");
}
