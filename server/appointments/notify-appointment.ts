import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { appointmentSlots, appointmentTemplates, appointments, orgUnits, services, users } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { formatDay } from "@/server/dates/format-day";
import { queueSms } from "@/server/notify/queue-sms";
import { chinaDayAndTime } from "./appointment-rules";

export type AppointmentChange = "booked" | "rescheduled" | "cancelled";

/** Bookings with what their SMS names: the citizen's phone, the service, the unit and the window. */
export function selectBookingsWithPlace(tx: Tx) {
  return tx
    .select({
      a: appointments,
      phoneEnc: users.phoneEnc,
      service: services.name,
      unit: orgUnits.name,
      window: appointmentTemplates.window,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.userId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointments.slotId))
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .innerJoin(orgUnits, eq(orgUnits.id, appointmentSlots.orgUnitId));
}

const templateOf = {
  booked: "appointment_booked",
  rescheduled: "appointment_rescheduled",
  cancelled: "appointment_cancelled",
} as const;

/**
 * Queues the citizen's confirmation of a booking, a move or a cancellation inside the transaction that made
 * it, naming the slot as it now stands (a cancellation names the slot given up). `change` identifies this
 * one change of the booking, so a repeated request cannot text twice while a later move still texts.
 */
export async function queueAppointmentSms(
  tx: Tx,
  p: { appointmentId: string; kind: AppointmentChange; change: string },
): Promise<boolean> {
  const [row] = await selectBookingsWithPlace(tx).where(eq(appointments.id, p.appointmentId));
  if (!row?.phoneEnc) return false;
  const { day, time } = chinaDayAndTime(row.a.startsAt);
  const sms = await queueSms(tx, {
    idempotencyKey: `appointment-${p.kind}:${p.appointmentId}:${p.change}`,
    phone: decryptPii(row.phoneEnc),
    template: templateOf[p.kind],
    params: { date: formatDay(day, "zh-CN"), time, unit: row.unit, window: row.window, service: row.service },
  });
  return sms.queued;
}
