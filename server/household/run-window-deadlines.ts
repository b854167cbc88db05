import { and, asc, eq, gt, isNull, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications } from "@/db/schema";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { applyTransition } from "./apply-transition";
import { loadService } from "./load-application";
import { notifyApplicant } from "./notify-applicant";

/** Days before the window deadline the reminder SMS goes out. */
export const reminderDaysBefore = 7;

/** Rows per transaction: small enough to keep locks short, large enough for millions of rows a night. */
export const deadlineBatchSize = 500;

/** Only collections at the window have a deadline to miss; a posted document waits for the officer, not the citizen. */
const collectedAtWindow = sql`${applications.delivery}->>'method' = 'window'`;

export type DeadlineBatch = { processed: number; smsQueued: number; more: boolean };

/**
 * One batch of reminders: approved applications whose deadline is at most 7 days away and not yet passed,
 * not reminded before. Rows are claimed with SKIP LOCKED so two overlapping runs split the work instead of
 * both sending; `reminderSentAt` and the SMS idempotency key make a rerun send nothing twice.
 */
export async function remindWindowDeadlines(db: Db, p: { now?: Date; batchSize?: number } = {}): Promise<DeadlineBatch> {
  const now = p.now ?? new Date();
  const today = chinaToday(now);
  const limit = p.batchSize ?? deadlineBatchSize;
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(applications)
      .where(
        and(
          eq(applications.state, "approved"),
          collectedAtWindow,
          isNull(applications.reminderSentAt),
          lte(applications.windowDeadline, addDays(today, reminderDaysBefore)),
          gt(applications.windowDeadline, addDays(today, -1)),
        ),
      )
      .orderBy(asc(applications.windowDeadline))
      .limit(limit)
      .for("update", { skipLocked: true });
    for (const app of due) {
      await tx.update(applications).set({ reminderSentAt: now }).where(eq(applications.id, app.id));
      await notifyApplicant(tx, { application: app, template: "application_window_reminder" });
    }
    return { processed: due.length, smsQueued: due.length, more: due.length === limit };
  });
}

/**
 * One batch of expiries: approved applications whose deadline has passed (the deadline day itself still
 * counts). Each moves to `expired` through the state machine, with its timeline event and SMS; the
 * citizen has to apply again.
 */
export async function expireWindowDeadlines(db: Db, p: { now?: Date; batchSize?: number } = {}): Promise<DeadlineBatch> {
  const now = p.now ?? new Date();
  const today = chinaToday(now);
  const limit = p.batchSize ?? deadlineBatchSize;
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.state, "approved"), collectedAtWindow, lt(applications.windowDeadline, today)))
      .orderBy(asc(applications.windowDeadline))
      .limit(limit)
      .for("update", { skipLocked: true });
    const modes = new Map<number, Awaited<ReturnType<typeof loadService>>["mode"]>();
    for (const app of due) {
      if (!modes.has(app.serviceId)) modes.set(app.serviceId, (await loadService(tx, app.serviceId)).mode);
      const expired = await applyTransition(tx, {
        application: app,
        mode: modes.get(app.serviceId) ?? "station_county",
        action: "expire",
        actor: { kind: "system" },
        set: { outcomeReason: "window_deadline_passed" },
        now,
      });
      await notifyApplicant(tx, { application: { ...expired, windowDeadline: app.windowDeadline }, template: "application_expired" });
    }
    return { processed: due.length, smsQueued: due.length, more: due.length === limit };
  });
}
