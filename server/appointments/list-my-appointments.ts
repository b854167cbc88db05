import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointmentSlots, appointmentTemplates, appointments, orgUnits, services } from "@/db/schema";
import { isChangeable } from "./appointment-rules";

export type MyAppointment = {
  id: string;
  status: "booked" | "cancelled" | "attended" | "no_show";
  startsAt: Date;
  serviceCode: string;
  serviceName: string;
  serviceNameEn: string;
  window: string;
  unit: { id: number; name: string; nameEn: string | null; address: string | null; phone: string | null };
  /** Cancel and reschedule are open until 2 hours before the start. */
  changeable: boolean;
};

/**
 * The citizen's bookings in the order they need them: those still ahead, soonest first; then those past,
 * latest first; cancelled ones last. `appointmentId` narrows it to one (for the calendar file).
 */
export async function listMyAppointments(
  db: Db,
  p: { userId: string; appointmentId?: string; now?: Date },
): Promise<MyAppointment[]> {
  const now = p.now ?? new Date();
  const ahead = sql`${appointments.startsAt} > ${now.toISOString()}::timestamptz`;
  const group = sql`case when ${appointments.status} = 'cancelled' then 2 when ${ahead} then 0 else 1 end`;
  const epoch = sql`extract(epoch from ${appointments.startsAt})`;
  const rows = await db
    .select({ a: appointments, service: services, template: appointmentTemplates, unit: orgUnits })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointments.slotId))
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .innerJoin(orgUnits, eq(orgUnits.id, appointmentSlots.orgUnitId))
    .where(and(eq(appointments.userId, p.userId), p.appointmentId ? eq(appointments.id, p.appointmentId) : undefined))
    .orderBy(
      group,
      sql`case when ${ahead} and ${appointments.status} <> 'cancelled' then ${epoch} else -${epoch} end`,
      desc(appointments.id),
    )
    .limit(50);
  return rows.map(({ a, service, template, unit }) => ({
    id: a.id,
    status: a.status,
    startsAt: a.startsAt,
    serviceCode: service.code,
    serviceName: service.name,
    serviceNameEn: service.nameEn,
    window: template.window,
    unit: { id: unit.id, name: unit.name, nameEn: unit.nameEn, address: unit.address, phone: unit.phone },
    changeable: a.status === "booked" && isChangeable(a.startsAt, now),
  }));
}
