import { chinaTimeZone } from "@/server/dates/china-time-zone";

/** A cron trigger read in China time ("0 8 * * *" is 08:00 in Beijing), in the `TZ=` form Inngest and the in-process runner both understand. */
export function chinaCron(schedule: string): string {
  return `TZ=${chinaTimeZone} ${schedule}`;
}
