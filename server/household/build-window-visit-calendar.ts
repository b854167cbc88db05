import { addDays } from "@/server/dates/add-days";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { formatChinaDate } from "./notify-applicant";

export type WindowVisitCalendar = {
  applicationId: string;
  number: string;
  serviceName: string;
  /** China date (YYYY-MM-DD) by which the originals must be checked at the window. */
  deadline: string;
  station: { name: string; address: string | null; phone: string | null };
  /** The originals to bring, as the status page lists them. */
  bring: string[];
  /** Originals to be checked, or a result to collect with the ID card: the wording follows. */
  kind: "originals" | "collect";
  locale: Locale;
  now?: Date;
};

/** RFC 5545 §3.1: content lines are at most 75 octets; longer ones continue on lines opened by one space. */
const maxLineOctets = 75;
const encoder = new TextEncoder();

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Splits a content line into pieces of at most 75 octets (the continuation's leading space counts), never
 * inside a UTF-8 sequence: a Chinese character is three octets and must stay whole.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? maxLineOctets : maxLineOctets - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

function compactDate(date: string): string {
  return date.replaceAll("-", "");
}

function utcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * The calendar file of the window visit an approval asks for: one all-day event on the deadline at the
 * handling station, with what to bring, and two alarms (a week ahead, and 09:00 on the day) so the
 * 60 days do not run out unnoticed. Dates are floating calendar dates: the deadline is a China date
 * whatever time zone the phone is in.
 */
export function buildWindowVisitCalendar(p: WindowVisitCalendar): string {
  const t = translator(p.locale);
  const k = (key: string, values?: Record<string, string>) => t(`applications.calendar.${key}` as never, values as never);
  const byKind = (key: string, values?: Record<string, string>) => k(p.kind === "collect" ? `${key}_collect` : key, values);
  const deadlineText = p.locale === "zh-CN" ? formatChinaDate(p.deadline) : p.deadline;
  const summary = byKind("summary", { service: p.serviceName });
  const location = [p.station.name, p.station.address].filter(Boolean).join(" ");
  const description = [
    k("number", { number: p.number }),
    byKind("bringBy", { date: deadlineText, station: p.station.name }),
    ...p.bring.map((item, i) => `${i + 1}. ${item}`),
    p.station.phone ? k("phone", { phone: p.station.phone }) : null,
    byKind("lapse"),
  ]
    .filter((line): line is string => line !== null)
    .join("\n");

  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Jingmin//Household applications//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${p.applicationId}@jingmin`,
    `DTSTAMP:${utcStamp(p.now ?? new Date())}`,
    `DTSTART;VALUE=DATE:${compactDate(p.deadline)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(p.deadline, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `LOCATION:${escapeText(location)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(byKind("alarmWeek", { service: p.serviceName, date: deadlineText }))}`,
    // Relative to the all-day start (00:00): 6 days 15 hours earlier is 09:00 a week before.
    "TRIGGER:-P6DT15H",
    "END:VALARM",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(byKind("alarmDay", { service: p.serviceName }))}`,
    "TRIGGER:PT9H",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
