import { chinaToday } from "./china-today";

/**
 * Working days (Monday to Friday, China calendar) left from `now` until `due`: 0 when it falls due today,
 * negative once the due day has passed (−1 = one working day late). Holidays are not modelled, as in
 * addWorkingDays.
 */
export function workingDaysUntil(due: Date, now: Date): number {
  const from = chinaToday(now);
  const to = chinaToday(due);
  if (from === to) return 0;
  const forward = to > from;
  const [start, end] = forward ? [from, to] : [to, from];
  const d = new Date(`${start}T00:00:00Z`);
  const last = Date.parse(`${end}T00:00:00Z`);
  let count = 0;
  while (d.getTime() < last) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return forward ? count : -count;
}
