import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { uniqueViolation } from "@/db/unique-violation";
import { appointments } from "@/db/schema";
import { recordServiceUsage } from "@/server/catalog/record-service-usage";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { chinaDayAndTime } from "./appointment-rules";
import { bookingBlockedUntil } from "./booking-block";
import { loadApplicationVisit } from "./application-visit";
import { loadBookableService } from "./desk-type";
import { queueAppointmentSms } from "./notify-appointment";
import { takeSlot } from "./take-slot";

/**
 * A citizen books a half-hour slot for an appointment-kind service at a window of the service's handling
 * unit type: one active booking per service (checked first for a clear message, guaranteed by the partial
 * unique index under races), never over the slot's capacity, and not while 3 recent no-shows block online
 * booking. The confirmation SMS is queued with the booking; the booking counts as a use of the service.
 */
export async function bookAppointment(
  db: Db,
  p: {
    userId: string;
    serviceCode: string;
    templateId: string;
    startsAt: Date;
    /** The pre-reviewed application this visit completes: only its handling unit's windows take it. */
    applicationId?: string;
    now?: Date;
  },
): Promise<{ id: string; startsAt: Date }> {
  const now = p.now ?? new Date();
  const service = await loadBookableService(db, { serviceCode: p.serviceCode });
  const blockedUntil = await bookingBlockedUntil(db, { userId: p.userId, now });
  if (blockedUntil) throw new DomainError("BOOKING_BLOCKED", { until: chinaDayAndTime(blockedUntil).day });

  let booked: { id: string; startsAt: Date };
  try {
    booked = await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(
          and(
            eq(appointments.userId, p.userId),
            eq(appointments.serviceId, service.id),
            eq(appointments.status, "booked"),
          ),
        );
      if (existing) throw new DomainError("APPOINTMENT_EXISTS");
      const visit = p.applicationId
        ? await loadApplicationVisit(tx, {
            userId: p.userId,
            applicationId: p.applicationId,
            serviceCode: p.serviceCode,
          })
        : null;
      const { slot, template } = await takeSlot(tx, {
        templateId: p.templateId,
        deskType: service.deskType,
        startsAt: p.startsAt,
        now,
      });
      if (visit && template.orgUnitId !== visit.unitId) throw new DomainError("SLOT_UNAVAILABLE");
      const [row] = await tx
        .insert(appointments)
        .values({
          userId: p.userId,
          serviceId: service.id,
          slotId: slot.id,
          startsAt: slot.startsAt,
          applicationId: visit?.applicationId ?? null,
        })
        .returning({ id: appointments.id, startsAt: appointments.startsAt });
      if (!row) throw new Error("bookAppointment: insert returned nothing");
      await queueAppointmentSms(tx, { appointmentId: row.id, kind: "booked", change: "new" });
      await recordServiceUsage(tx, { userId: p.userId, serviceId: service.id, kind: "submit", at: now });
      return row;
    });
  } catch (error) {
    // The partial unique index refused a second active booking for the service.
    if (uniqueViolation(error) === "appointments_one_active_per_service") throw new DomainError("APPOINTMENT_EXISTS");
    throw error;
  }
  await kickSmsDispatch();
  return booked;
}
