import { escapeText, foldLine } from "@/server/household/build-window-visit-calendar";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { slotMinutes } from "./appointment-rules";

const utcStamp = (at: Date) => at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * A booking as a calendar file: a half-hour event at the unit (UTC times, so any phone shows it at the
 * right local moment) with an alarm the evening before.
 */
export function buildAppointmentCalendar(p: {
  appointmentId: string;
  startsAt: Date;
  serviceName: string;
  unit: { name: string; address: string | null };
  window: string;
  locale: Locale;
  now?: Date;
}): string {
  const t = translator(p.locale);
  const k = (key: string, values: Record<string, string>) => t(`appointments.ics.${key}` as never, values as never);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Jingmin//Appointments//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${p.appointmentId}@jingmin`,
    `DTSTAMP:${utcStamp(p.now ?? new Date())}`,
    `DTSTART:${utcStamp(p.startsAt)}`,
    `DTEND:${utcStamp(new Date(p.startsAt.getTime() + slotMinutes * 60_000))}`,
    `SUMMARY:${escapeText(k("summary", { service: p.serviceName }))}`,
    `LOCATION:${escapeText([p.unit.name, p.window, p.unit.address].filter(Boolean).join(" "))}`,
    `DESCRIPTION:${escapeText(k("description", { unit: p.unit.name, window: p.window }))}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(k("alarm", { service: p.serviceName }))}`,
    "TRIGGER:-PT16H",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
