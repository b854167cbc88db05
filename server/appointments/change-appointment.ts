import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { type Appointment, appointments } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { isChangeable } from "./appointment-rules";
import { loadBookableService } from "./desk-type";
import { queueAppointmentSms } from "./notify-appointment";
import { releaseSlot, takeSlot } from "./take-slot";

async function lockOwnBooking(tx: Tx, p: { userId: string; appointmentId: string; now: Date }) {
  const [booking] = await tx
    .select()
    .from(appointments)
    .where(and(eq(appointments.id, p.appointmentId), eq(appointments.userId, p.userId)))
    .for("update");
  if (!booking) throw new DomainError("NOT_FOUND");
  if (booking.status !== "booked") throw new DomainError("APPOINTMENT_LOCKED");
  if (!isChangeable(booking.startsAt, p.now)) throw new DomainError("APPOINTMENT_LOCKED");
  return booking;
}

/**
 * The citizen cancels their booking, up to 2 hours before it starts; the place goes back to the slot and
 * the citizen is texted which booking was cancelled.
 */
export async function cancelAppointment(
  db: Db,
  p: { userId: string; appointmentId: string; now?: Date },
): Promise<void> {
  const now = p.now ?? new Date();
  await db.transaction(async (tx) => {
    const booking = await lockOwnBooking(tx, { ...p, now });
    await tx.update(appointments).set({ status: "cancelled" }).where(eq(appointments.id, booking.id));
    await releaseSlot(tx, booking.slotId);
    await queueAppointmentSms(tx, { appointmentId: booking.id, kind: "cancelled", change: "cancel" });
  });
  await kickSmsDispatch();
}

/**
 * The citizen moves their booking to another slot (a window of the service's handling unit type), up to
 * 2 hours before the old one starts: the new place is taken before the old one is given back, in one
 * transaction, so a full slot leaves the booking as it was. The SMS names the new slot; its key is the
 * booking's state before this move, so a retried request texts once and each later move texts again.
 */
export async function rescheduleAppointment(
  db: Db,
  p: { userId: string; appointmentId: string; templateId: string; startsAt: Date; now?: Date },
): Promise<Pick<Appointment, "id" | "startsAt">> {
  const now = p.now ?? new Date();
  const moved = await db.transaction(async (tx) => {
    const booking = await lockOwnBooking(tx, { ...p, now });
    const service = await loadBookableService(tx, { serviceId: booking.serviceId });
    const { slot } = await takeSlot(tx, {
      templateId: p.templateId,
      deskType: service.deskType,
      startsAt: p.startsAt,
      now,
    });
    if (slot.id === booking.slotId) throw new DomainError("SLOT_UNAVAILABLE");
    await releaseSlot(tx, booking.slotId);
    await tx
      .update(appointments)
      .set({ slotId: slot.id, startsAt: slot.startsAt, reminderSentAt: null })
      .where(eq(appointments.id, booking.id));
    await queueAppointmentSms(tx, {
      appointmentId: booking.id,
      kind: "rescheduled",
      change: `${booking.slotId}@${booking.updatedAt.toISOString()}`,
    });
    return { id: booking.id, startsAt: slot.startsAt };
  });
  await kickSmsDispatch();
  return moved;
}
