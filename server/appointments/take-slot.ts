import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type AppointmentDeskType, appointmentClosures, appointmentSlots, appointmentTemplates } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { chinaDayAndTime, isOfferedSlot } from "./appointment-rules";

/**
 * Takes one place in a template's slot inside the caller's transaction: checks the template offers that
 * slot (active, a window of the service's desk type, pattern, horizon, not closed, ahead), creates the slot's counter row on first use, then
 * increments it only while below capacity. The conditional UPDATE waits on the row lock of any concurrent
 * booking and re-checks `booked < capacity` after it, so the count never passes the capacity.
 */
export async function takeSlot(
  tx: Tx,
  p: { templateId: string; deskType: AppointmentDeskType | null; startsAt: Date; now: Date },
) {
  if (!p.deskType) throw new DomainError("SLOT_UNAVAILABLE");
  const [template] = await tx
    .select()
    .from(appointmentTemplates)
    .where(
      and(
        eq(appointmentTemplates.id, p.templateId),
        eq(appointmentTemplates.active, true),
        eq(appointmentTemplates.deskType, p.deskType),
      ),
    );
  if (!template || !isOfferedSlot(template, p.startsAt, p.now)) throw new DomainError("SLOT_UNAVAILABLE");
  const [closed] = await tx
    .select({ id: appointmentClosures.id })
    .from(appointmentClosures)
    .where(
      and(
        eq(appointmentClosures.orgUnitId, template.orgUnitId),
        eq(appointmentClosures.day, chinaDayAndTime(p.startsAt).day),
      ),
    );
  if (closed) throw new DomainError("SLOT_UNAVAILABLE");

  await tx
    .insert(appointmentSlots)
    .values({
      templateId: template.id,
      orgUnitId: template.orgUnitId,
      startsAt: p.startsAt,
      capacity: template.capacity,
    })
    .onConflictDoNothing({ target: [appointmentSlots.templateId, appointmentSlots.startsAt] });
  const [slot] = await tx
    .update(appointmentSlots)
    .set({ booked: sql`${appointmentSlots.booked} + 1` })
    .where(
      and(
        eq(appointmentSlots.templateId, template.id),
        eq(appointmentSlots.startsAt, p.startsAt),
        lt(appointmentSlots.booked, appointmentSlots.capacity),
      ),
    )
    .returning();
  if (!slot) throw new DomainError("SLOT_FULL");
  return { slot, template };
}

/** Gives a place back (cancel, reschedule). */
export async function releaseSlot(tx: Tx, slotId: string) {
  await tx
    .update(appointmentSlots)
    .set({ booked: sql`${appointmentSlots.booked} - 1` })
    .where(eq(appointmentSlots.id, slotId));
}
