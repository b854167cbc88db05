import { chinaOffsetMs } from "./china-time-zone";

/**
 * The moment `days` working days (Monday to Friday, China time) after `from`, at the same time of day.
 * Public holidays and their make-up working weekends are announced yearly by the State Council and are not
 * modelled: SLA badges may show a day less over those weeks, which errs towards reminding officers early.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from.getTime() + chinaOffsetMs);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(d.getTime() - chinaOffsetMs);
}
