import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";

/** Days an approval stays valid for the citizen to come to the window (or for the station to post it). */
export const windowDays = 60;

/** The last valid day (China date) of an approval given at `approvedAt`: 60 calendar days on, that day included. */
export function windowDeadlineFor(approvedAt: Date): string {
  return addDays(chinaToday(approvedAt), windowDays);
}

/**
 * Where `now` stands against a window deadline, in China dates: the deadline day itself is the last valid
 * day ("最迟…，含当日"), so the approval lapses at midnight China time after it — whatever the time of day
 * the nightly job runs, every action checks this at the moment it happens.
 */
export function windowDeadlineStatus(
  deadline: string,
  now: Date,
): { passed: boolean; lastDay: boolean; daysLeft: number } {
  const daysLeft = daysUntil(deadline, chinaToday(now));
  return { passed: daysLeft < 0, lastDay: daysLeft === 0, daysLeft };
}
