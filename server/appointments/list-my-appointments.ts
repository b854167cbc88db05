import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointmentSlots, appointmentTemplates, appointments, orgUnits, services } from "@/db/schema";
import { changeCutoffMs } from "./appointment-rules";

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

/** The citizen's bookings, newest first; `appointmentId` narrows it to one (for the calendar file). */
export async function listMyAppointments(db: Db, p: { userId: string; appointmentId?: string; now?: Date }): Promise<MyAppointment[]> {
  const now = p.now ?? new Date();
  const rows = await db
    .select({ a: appointments, service: services, template: appointmentTemplates, unit: orgUnits })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointments.slotId))
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .innerJoin(orgUnits, eq(orgUnits.id, appointmentSlots.orgUnitId))
    .where(and(eq(appointments.userId, p.userId), p.appointmentId ? eq(appointments.id, p.appointmentId) : undefined))
    .orderBy(desc(appointments.startsAt))
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
    changeable: a.status === "booked" && a.startsAt.getTime() - now.getTime() >= changeCutoffMs,
  }));
}
