import { chinaMoment } from "./china-moment";
import { chinaOffsetMs } from "./china-time-zone";

/** A moment as China's wall clock reads it, to the minute, in datetime-local form ("2026-11-27T08:30"), whatever the device's zone. */
export function chinaLocalMinute(at: Date = new Date()): string {
  return new Date(at.getTime() + chinaOffsetMs).toISOString().slice(0, 16);
}

/** The moment a datetime-local value names in China time, or null for anything else. */
export function parseChinaLocalMinute(text: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(text);
  if (!match) return null;
  const at = chinaMoment(match[1] as string, match[2]);
  return Number.isNaN(at.getTime()) || chinaLocalMinute(at) !== text ? null : at;
}
