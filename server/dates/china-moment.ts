import { type ChinaDay, chinaUtcOffset } from "./china-time-zone";

/** The moment a China wall-clock time names: a day and "HH:MM" or "HH:MM:SS" (midnight when left out). */
export function chinaMoment(day: ChinaDay, time = "00:00:00"): Date {
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}${chinaUtcOffset}`);
}
