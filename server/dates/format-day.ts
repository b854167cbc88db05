import { chinaMoment } from "./china-moment";
import { type ChinaDay, chinaTimeZone } from "./china-time-zone";

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day (YYYY-MM-DD) as every citizen page prints it: "2027年2月5日" in Chinese, "February 5, 2027"
 * in English. The day is China's, whatever the server's or the browser's zone.
 */
export function formatDay(day: ChinaDay, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: chinaTimeZone });
    formats.set(locale, format);
  }
  return format.format(chinaMoment(day));
}
