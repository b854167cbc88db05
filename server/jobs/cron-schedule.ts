import { Cron } from "croner";

/**
 * A function's cron trigger as the in-process runner evaluates it: the 5-field expression (minute hour
 * day-of-month month day-of-week) with Inngest's optional `TZ=Area/City ` prefix, read by croner the way
 * Inngest and Vixie cron do (when both day fields are restricted, a day matches if either does).
 */
export type CronSchedule = {
  expression: string;
  timeZone: string;
  /** Whether the minute `at` falls in is one the schedule runs at. */
  matches(at: Date): boolean;
};

export function cronSchedule(expression: string, defaultTimeZone: string): CronSchedule {
  let pattern = expression.trim();
  let timeZone = defaultTimeZone;
  const tz = /^(?:CRON_)?TZ=(\S+)\s+/.exec(pattern);
  if (tz) {
    timeZone = tz[1] as string;
    pattern = pattern.slice(tz[0].length);
  }
  // croner only notices an unknown zone at the first match: a RangeError at parse time is better than at the first tick.
  new Intl.DateTimeFormat("en-US", { timeZone });
  let cron: Cron;
  try {
    // sloppyRanges: "5/15" (from 5 to the end in steps of 15) is valid in Inngest's and Vixie cron's syntax.
    cron = new Cron(pattern, { timezone: timeZone, paused: true, mode: "5-part", sloppyRanges: true });
  } catch (error) {
    throw new Error(
      `invalid cron expression "${expression}": ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return {
    expression,
    timeZone,
    matches: (at) => cron.match(new Date(Math.floor(at.getTime() / 60_000) * 60_000)),
  };
}
