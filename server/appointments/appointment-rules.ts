import { addDays } from "@/server/dates/add-days";
import { chinaLocalMinute } from "@/server/dates/china-local-minute";
import { chinaMoment } from "@/server/dates/china-moment";
import { chinaToday } from "@/server/dates/china-today";

/** Every slot is half an hour long. */
export const slotMinutes = 30;
/** Citizens book among the next 14 working days (today included while slots remain). */
export const bookingHorizonWorkingDays = 14;
/** Cancelling or moving a booking closes this long before its start. */
export const changeCutoffMs = 2 * 60 * 60 * 1000;

/** Whether a booking that starts at `startsAt` can still be cancelled or moved online at `now`. */
export function isChangeable(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() - now.getTime() >= changeCutoffMs;
}
/** This many no-shows within the look-back block online booking. */
export const noShowLimit = 3;
export const noShowLookBackDays = 90;
export const noShowBlockDays = 30;

export type SlotPattern = { weekdays: number[]; startTime: string; endTime: string };

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** "HH:MM" on the hour or half hour between 07:00 and 20:00. */
export function isSlotTime(time: string): boolean {
  if (!/^\d{2}:(00|30)$/.test(time)) return false;
  const m = minutesOf(time);
  return m >= 7 * 60 && m <= 20 * 60;
}

/** The start times of a pattern's slots on one day: "09:00", "09:30", … up to the last one ending by endTime. */
export function slotStartTimes(pattern: SlotPattern): string[] {
  const times: string[] = [];
  for (let m = minutesOf(pattern.startTime); m + slotMinutes <= minutesOf(pattern.endTime); m += slotMinutes)
    times.push(timeOf(m));
  return times;
}

/** ISO weekday (1 Monday … 7 Sunday) of a China calendar day. */
export function weekdayOf(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The China calendar days open for booking: today and the working days up to the 14th (weekends skipped). */
export function bookableDays(now: Date): string[] {
  const days: string[] = [];
  for (let day = chinaToday(now); days.length < bookingHorizonWorkingDays; day = addDays(day, 1)) {
    if (weekdayOf(day) <= 5) days.push(day);
  }
  return days;
}

/** The moment a slot starts: a China day and "HH:MM". */
export function slotStart(day: string, time: string): Date {
  return chinaMoment(day, time);
}

/** The China day and "HH:MM" of a moment. */
export function chinaDayAndTime(at: Date): { day: string; time: string } {
  const [day = "", time = ""] = chinaLocalMinute(at).split("T");
  return { day, time };
}

/** Whether a pattern (on a day that is not closed) has a slot starting at this moment, and it is still ahead. */
export function isOfferedSlot(pattern: SlotPattern, startsAt: Date, now: Date): boolean {
  const { day, time } = chinaDayAndTime(startsAt);
  if (startsAt.getTime() <= now.getTime() || startsAt.getUTCSeconds() !== 0 || startsAt.getUTCMilliseconds() !== 0)
    return false;
  if (!bookableDays(now).includes(day) || !pattern.weekdays.includes(weekdayOf(day))) return false;
  return slotStartTimes(pattern).includes(time);
}
