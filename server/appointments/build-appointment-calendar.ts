import { buildIcs } from "@/server/calendar/build-ics";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { slotMinutes } from "./appointment-rules";

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
  return buildIcs({
    product: "Appointments",
    event: {
      uid: `${p.appointmentId}@jingmin`,
      stamp: p.now ?? new Date(),
      when: { start: p.startsAt, end: new Date(p.startsAt.getTime() + slotMinutes * 60_000) },
      summary: k("summary", { service: p.serviceName }),
      location: [p.unit.name, p.window, p.unit.address].filter(Boolean).join(" "),
      description: k("description", { unit: p.unit.name, window: p.window }),
      alarms: [{ trigger: "-PT16H", description: k("alarm", { service: p.serviceName }) }],
    },
  });
}
