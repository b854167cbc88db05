import "server-only";
import { and, asc, eq, gte, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointments } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { chinaToday } from "@/server/dates/china-today";
import { formatDay } from "@/server/dates/format-day";
import { queueSms } from "@/server/notify/queue-sms";
import { chinaDayAndTime } from "./appointment-rules";
import { selectBookingsWithPlace } from "./notify-appointment";

export const appointmentReminderBatchSize = 500;

/**
 * One batch of the day-before reminders: bookings still active that start tomorrow (China time) and
 * have not been reminded. Rows are claimed with SKIP LOCKED and marked in the same transaction as their
 * SMS (whose key names the booking and its start), so reruns and overlapping runs send each once.
 */
export async function remindAppointments(db: Db, p: { now?: Date; batchSize?: number } = {}) {
  const now = p.now ?? new Date();
  const limit = p.batchSize ?? appointmentReminderBatchSize;
  const { start, end } = chinaDayBounds(addDays(chinaToday(now), 1));
  return db.transaction(async (tx) => {
    const due = await selectBookingsWithPlace(tx)
      .where(
        and(
          eq(appointments.status, "booked"),
          isNull(appointments.reminderSentAt),
          gte(appointments.startsAt, start),
          lt(appointments.startsAt, end),
        ),
      )
      .orderBy(asc(appointments.startsAt))
      .limit(limit)
      .for("update", { of: appointments, skipLocked: true });
    let smsQueued = 0;
    for (const row of due) {
      await tx.update(appointments).set({ reminderSentAt: now }).where(eq(appointments.id, row.a.id));
      if (!row.phoneEnc) continue;
      const { day, time } = chinaDayAndTime(row.a.startsAt);
      const sms = await queueSms(tx, {
        idempotencyKey: `appointment-reminder:${row.a.id}:${row.a.startsAt.toISOString()}`,
        phone: decryptPii(row.phoneEnc),
        template: "appointment_reminder",
        params: { date: formatDay(day, "zh-CN"), time, unit: row.unit, window: row.window, service: row.service },
      });
      if (sms.queued) smsQueued++;
    }
    return { processed: due.length, smsQueued, more: due.length === limit };
  });
}
