import { buildIcs } from "@/server/calendar/build-ics";
import type { ChinaDay } from "@/server/dates/china-time-zone";
import { formatDay } from "@/server/dates/format-day";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";

export type WindowVisitCalendar = {
  applicationId: string;
  number: string;
  serviceName: string;
  /** China date (YYYY-MM-DD) by which the originals must be checked at the window. */
  deadline: ChinaDay;
  /** The handling unit; `household` when it is a police station, whose household counter does this. */
  station: { name: string; address: string | null; phone: string | null; household: boolean };
  /** The originals to bring, as the status page lists them. */
  bring: string[];
  /** Originals to be checked, or a result to collect with the ID card: the wording follows. */
  kind: "originals" | "collect";
  locale: Locale;
  now?: Date;
};

/**
 * The calendar file of the window visit an approval asks for: one all-day event on the deadline at the
 * handling unit's counter (a station's household counter, a desk's service counter), with what to bring,
 * and two alarms (a week ahead, and 09:00 on the day) so the 60 days do not run out unnoticed.
 */
export function buildWindowVisitCalendar(p: WindowVisitCalendar): string {
  const t = translator(p.locale);
  const counter = t(`applications.calendar.${p.station.household ? "householdCounter" : "serviceCounter"}`);
  const k = (key: string, values?: Record<string, string>) =>
    t(`applications.calendar.${key}` as never, { counter, ...values } as never);
  const byKind = (key: string, values?: Record<string, string>) =>
    k(p.kind === "collect" ? `${key}_collect` : key, values);
  const deadlineText = p.locale === "zh-CN" ? formatDay(p.deadline, "zh-CN") : p.deadline;
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

  return buildIcs({
    product: "Household applications",
    event: {
      uid: `${p.applicationId}@jingmin`,
      stamp: p.now ?? new Date(),
      when: { firstDay: p.deadline, lastDay: p.deadline },
      summary,
      location,
      description,
      transparent: true,
      alarms: [
        // Relative to the all-day start (00:00): 6 days 15 hours earlier is 09:00 a week before.
        { trigger: "-P6DT15H", description: byKind("alarmWeek", { service: p.serviceName, date: deadlineText }) },
        { trigger: "PT9H", description: byKind("alarmDay", { service: p.serviceName }) },
      ],
    },
  });
}
