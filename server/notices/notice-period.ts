import { addDays } from "@/server/dates/add-days";
import { chinaMoment } from "@/server/dates/china-moment";
import type { ChinaDay } from "@/server/dates/china-time-zone";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";

/**
 * A notice period as the law counts it, whole China days: from the first day's midnight to the midnight after
 * the last day. Refused when the last day comes before the first or before today.
 */
export function noticePeriod(firstDay: ChinaDay, lastDay: ChinaDay, now: Date) {
  if (lastDay < firstDay || lastDay < chinaToday(now)) throw new DomainError("NOTICE_PERIOD_INVALID");
  return { periodStart: chinaMoment(firstDay), periodEnd: chinaMoment(addDays(lastDay, 1)) };
}

/** Whether the moment lies inside the period: the one test for "visible to the public" and "objections open". */
export function inNoticePeriod(notice: { periodStart: Date; periodEnd: Date }, now: Date): boolean {
  return notice.periodStart.getTime() <= now.getTime() && now.getTime() < notice.periodEnd.getTime();
}
