import { type ChinaDay, chinaTimeZone } from "./china-time-zone";

/**
 * Today's date in China (YYYY-MM-DD), whatever the server's time zone: document expiry, inspection and
 * licence dates are calendar dates in China time, so "days left" must count from China's today.
 */
export function chinaToday(now: Date = new Date()): ChinaDay {
  return new Intl.DateTimeFormat("en-CA", { timeZone: chinaTimeZone }).format(now);
}
