import "server-only";
import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  type AppointmentDeskType,
  appointmentClosures,
  appointmentSlots,
  appointmentTemplates,
  appointments,
  orgUnits,
  services,
  users,
} from "@/db/schema";
import type { OfficerRole } from "@/server/accounts/session-user";
import { type AuditActor, recordAudit, recordAuditPerSubject } from "@/server/audit/record-audit";
import { maskName } from "@/server/crypto/mask";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import { isSlotTime, slotStartTimes } from "./appointment-rules";
import { loadAppointmentForActor } from "./load-appointment-for-actor";

/** The desks that receive booked visitors: station windows and the county exit-entry section. */
export const appointmentDeskRoles = ["window_officer", "exit_entry_officer"] as const satisfies readonly OfficerRole[];

type Audited = { scope: Jurisdiction; actor: AuditActor; ip?: string | null; correlationId?: string | null };

/** The officer's own unit's templates and coming closures. */
export async function loadDeskSchedule(db: Db, p: { scope: Jurisdiction; today: string }) {
  const [templates, closures] = await Promise.all([
    db
      .select()
      .from(appointmentTemplates)
      .where(eq(appointmentTemplates.orgUnitId, p.scope.unitId))
      .orderBy(asc(appointmentTemplates.window)),
    db
      .select()
      .from(appointmentClosures)
      .where(and(eq(appointmentClosures.orgUnitId, p.scope.unitId), gte(appointmentClosures.day, p.today)))
      .orderBy(asc(appointmentClosures.day)),
  ]);
  return { templates, closures };
}

/**
 * A new opening pattern for a window of the officer's unit, for the desk the officer staffs (household
 * window or exit-entry hall); an officer who staffs both says which.
 */
export async function createTemplate(
  db: Db,
  p: Audited & {
    window: string;
    weekdays: number[];
    startTime: string;
    endTime: string;
    capacity: number;
    deskType?: AppointmentDeskType;
    deskTypes: AppointmentDeskType[];
  },
): Promise<{ id: string }> {
  const fields: Record<string, string> = {};
  const deskType = p.deskType ?? (p.deskTypes.length === 1 ? p.deskTypes[0] : undefined);
  if (!deskType || !p.deskTypes.includes(deskType)) fields.deskType = "appointments.deskTypeRequired";
  if (!isSlotTime(p.startTime)) fields.startTime = "appointments.timeInvalid";
  if (!isSlotTime(p.endTime)) fields.endTime = "appointments.timeInvalid";
  else if (!slotStartTimes(p).length) fields.endTime = "appointments.endBeforeStart";
  if (Object.keys(fields).length || !deskType) throw new DomainError("BAD_INPUT", {}, fields);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(appointmentTemplates)
      .values({
        orgUnitId: p.scope.unitId,
        window: p.window.trim(),
        deskType,
        weekdays: [...new Set(p.weekdays)].sort(),
        startTime: p.startTime,
        endTime: p.endTime,
        capacity: p.capacity,
      })
      .returning({ id: appointmentTemplates.id });
    if (!row) throw new Error("createTemplate: insert returned nothing");
    await recordAudit(tx, {
      actor: p.actor,
      action: "appointments.template_created",
      targetType: "appointment_template",
      targetId: row.id,
      details: { window: p.window, deskType, startTime: p.startTime, endTime: p.endTime, capacity: p.capacity },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return row;
  });
}

/** Stops a template offering new slots; bookings already made stay. */
export async function setTemplateActive(db: Db, p: Audited & { templateId: string; active: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(appointmentTemplates)
      .set({ active: p.active })
      .where(and(eq(appointmentTemplates.id, p.templateId), eq(appointmentTemplates.orgUnitId, p.scope.unitId)))
      .returning({ id: appointmentTemplates.id });
    if (!row) throw new DomainError("NOT_FOUND");
    await recordAudit(tx, {
      actor: p.actor,
      action: "appointments.template_active",
      targetType: "appointment_template",
      targetId: row.id,
      details: { active: p.active },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
}

/** Closes the officer's unit for a day (a holiday); existing bookings of that day are for the officer to call off. */
export async function addClosure(db: Db, p: Audited & { day: string; reason: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(appointmentClosures)
      .values({ orgUnitId: p.scope.unitId, day: p.day, reason: p.reason.trim() })
      .onConflictDoNothing();
    await recordAudit(tx, {
      actor: p.actor,
      action: "appointments.closure_added",
      targetType: "org_unit",
      targetId: String(p.scope.unitId),
      details: { day: p.day },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
}

export type DeskBooking = {
  id: string;
  startsAt: Date;
  window: string;
  unitName: string;
  serviceName: string;
  maskedName: string;
  status: "booked" | "cancelled" | "attended" | "no_show";
};

/** One China day's bookings at the units of the officer's jurisdiction, in time order; the read is audited under each visitor. */
export async function listDayBookings(db: Db, p: Audited & { day: string }): Promise<DeskBooking[]> {
  const { start, end } = chinaDayBounds(p.day);
  const rows = await db
    .select({
      a: appointments,
      window: appointmentTemplates.window,
      unitName: orgUnits.name,
      serviceName: services.name,
      name: users.name,
      idHash: users.idNumberHash,
    })
    .from(appointments)
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointments.slotId))
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .innerJoin(orgUnits, eq(orgUnits.id, appointmentSlots.orgUnitId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(users, eq(users.id, appointments.userId))
    .where(and(withinScope(p.scope, orgUnits.path), gte(appointments.startsAt, start), lt(appointments.startsAt, end)))
    .orderBy(asc(appointments.startsAt), asc(appointmentTemplates.window));
  await recordAuditPerSubject(
    db,
    {
      actor: p.actor,
      action: "appointments.day_viewed",
      targetType: "org_unit",
      targetId: String(p.scope.unitId),
      details: { day: p.day, count: rows.length },
      ip: p.ip,
      correlationId: p.correlationId,
    },
    rows.map((r) => r.idHash),
  );
  return rows.map((r) => ({
    id: r.a.id,
    startsAt: r.a.startsAt,
    window: r.window,
    unitName: r.unitName,
    serviceName: r.serviceName,
    maskedName: maskName(r.name),
    status: r.a.status,
  }));
}

/**
 * The officer records whether a booked visitor came. Only once the slot has started, and only for a unit
 * in the jurisdiction; a no-show counts towards the 3-in-90-days booking block.
 */
export async function recordAttendance(
  db: Db,
  p: Audited & { appointmentId: string; outcome: "attended" | "no_show"; now?: Date },
): Promise<void> {
  const now = p.now ?? new Date();
  await db.transaction(async (tx) => {
    const { appointment, idHash } = await loadAppointmentForActor(tx, {
      scope: p.scope,
      appointmentId: p.appointmentId,
    });
    if (appointment.status !== "booked" || appointment.startsAt > now) throw new DomainError("APPOINTMENT_LOCKED");
    await tx.update(appointments).set({ status: p.outcome }).where(eq(appointments.id, appointment.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: "appointments.attendance",
      targetType: "appointment",
      targetId: appointment.id,
      subjectIdHash: idHash,
      details: { outcome: p.outcome },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
}
