import { addDays } from "@/server/dates/add-days";
import type { ChinaDay } from "@/server/dates/china-time-zone";

/** One event of a calendar file (RFC 5545 VEVENT). */
export type IcsEvent = {
  /** Unique and stable per thing the event stands for, so a second download replaces the first. */
  uid: string;
  stamp: Date;
  /**
   * All-day from the first to the last China day (floating dates: a deadline is a China date whatever zone
   * the phone is in), or a timed event written in UTC, which every phone shows at the right local moment.
   */
  when: { firstDay: ChinaDay; lastDay: ChinaDay } | { start: Date; end: Date };
  summary: string;
  location: string;
  description: string;
  /** Shown as free time: a reminder, not an appointment. */
  transparent?: boolean;
  /** RFC 5545 durations relative to the start ("-PT16H"), each shown with its own text. */
  alarms?: { trigger: string; description: string }[];
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

const utcStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const dateValue = (day: ChinaDay) => day.replaceAll("-", "");

/** A calendar file of one event, as RFC 5545 wants it: CRLF line ends, folded lines, escaped text. */
export function buildIcs(p: { product: string; event: IcsEvent }): string {
  const e = p.event;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Jingmin//${p.product}//ZH`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    ...("firstDay" in e.when
      ? // DTEND of an all-day event is the day after the last one (exclusive).
        [
          `DTSTART;VALUE=DATE:${dateValue(e.when.firstDay)}`,
          `DTEND;VALUE=DATE:${dateValue(addDays(e.when.lastDay, 1))}`,
        ]
      : [`DTSTART:${utcStamp(e.when.start)}`, `DTEND:${utcStamp(e.when.end)}`]),
    `SUMMARY:${escapeText(e.summary)}`,
    `LOCATION:${escapeText(e.location)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.transparent ? ["TRANSP:TRANSPARENT"] : []),
    ...(e.alarms ?? []).flatMap((a) => [
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(a.description)}`,
      `TRIGGER:${a.trigger}`,
      "END:VALARM",
    ]),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
