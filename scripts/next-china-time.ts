import { chinaOffsetMs } from "../server/dates/china-time-zone";

const weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** The next moment after `now` at which China time reads `spec` ("15:10" or "fri 15:10"). */
export function nextChinaTime(spec: string, now = Date.now()): number {
  const match = /^(?:(sun|mon|tue|wed|thu|fri|sat)\s+)?([01]\d|2[0-3]):([0-5]\d)$/.exec(spec.trim().toLowerCase());
  if (!match) throw new Error(`not a time: "${spec}" (use HH:MM or e.g. "fri 15:10")`);
  const [, day, hh, mm] = match;
  const china = new Date(now + chinaOffsetMs);
  let at =
    Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), Number(hh), Number(mm)) - chinaOffsetMs;
  while (at <= now + 60_000 || (day && new Date(at + chinaOffsetMs).getUTCDay() !== weekdays.indexOf(day as string)))
    at += 86_400_000;
  return at;
}
