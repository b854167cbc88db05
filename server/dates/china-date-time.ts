import { chinaMoment } from "./china-moment";
import { type ChinaDay, chinaOffsetMs } from "./china-time-zone";

/**
 * `yyyy-MM-dd HH:mm:ss` in China time, the form Alipay uses for its timestamps (seconds truncated, so
 * the text never names a moment later than `date`).
 */
export function chinaDateTime(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000 + chinaOffsetMs)
    .toISOString()
    .slice(0, 19)
    .replace("T", " ");
}

/** The moment a `yyyy-MM-dd HH:mm:ss` China time names, or null for anything else. */
export function parseChinaDateTime(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text);
  if (!match) return null;
  const date = chinaMoment(match[1] as string, match[2]);
  return Number.isNaN(date.getTime()) || chinaDateTime(date) !== text ? null : date;
}

/** The first moment of a China calendar day (YYYY-MM-DD) and of the day after it. */
export function chinaDayBounds(day: ChinaDay): { start: Date; end: Date } {
  const start = chinaMoment(day);
  return { start, end: new Date(start.getTime() + 24 * 60 * 60 * 1000) };
}
