import "server-only";
import { and, asc, eq, gt, isNull, lt, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { applications } from "@/db/schema";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { reminderTemplate } from "./approval-template";
import { expireApproval } from "./expire-approval";
import { type ApplicationService, loadService } from "./load-application";
import { notifyApplicant } from "./notify-applicant";

/** Days before the window deadline the reminder SMS goes out. */
export const reminderDaysBefore = 7;

/** Rows per transaction: small enough to keep locks short, large enough for millions of rows a night. */
export const deadlineBatchSize = 500;

/** Only a citizen who comes to the window has something to be reminded of; a posted document waits for the station. */
const collectedAtWindow = sql`${applications.delivery}->>'method' = 'window'`;

/** A batch touches few services: each is read once. */
class ServiceCache {
  private readonly loaded = new Map<number, ApplicationService>();
  constructor(private readonly tx: Tx) {}
  async get(serviceId: number): Promise<ApplicationService> {
    let service = this.loaded.get(serviceId);
    if (!service) {
      service = await loadService(this.tx, serviceId);
      this.loaded.set(serviceId, service);
    }
    return service;
  }
}

export type DeadlineBatch = { processed: number; smsQueued: number; more: boolean };

/**
 * One batch of reminders: approved applications whose deadline is at most 7 days away and not yet passed,
 * not reminded before. Rows are claimed with SKIP LOCKED so two overlapping runs split the work instead of
 * both sending; `reminderSentAt` and the SMS idempotency key make a rerun send nothing twice.
 */
export async function remindWindowDeadlines(
  db: Db,
  p: { now?: Date; batchSize?: number } = {},
): Promise<DeadlineBatch> {
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
    const services = new ServiceCache(tx);
    for (const app of due) {
      await tx.update(applications).set({ reminderSentAt: now }).where(eq(applications.id, app.id));
      const template = reminderTemplate(app, await services.get(app.serviceId));
      if (template) await notifyApplicant(tx, { application: app, template });
    }
    return { processed: due.length, smsQueued: due.length, more: due.length === limit };
  });
}

/**
 * One batch of expiries: approved applications whose deadline has passed (the deadline day itself still
 * counts), collected at the window or waiting for the post alike — the approval is valid for 60 days
 * either way. Each moves to `expired` through the state machine, with its timeline event and SMS; the
 * citizen has to apply again.
 */
export async function expireWindowDeadlines(
  db: Db,
  p: { now?: Date; batchSize?: number } = {},
): Promise<DeadlineBatch> {
  const now = p.now ?? new Date();
  const today = chinaToday(now);
  const limit = p.batchSize ?? deadlineBatchSize;
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(applications)
      .where(and(eq(applications.state, "approved"), lt(applications.windowDeadline, today)))
      .orderBy(asc(applications.windowDeadline))
      .limit(limit)
      .for("update", { skipLocked: true });
    const services = new ServiceCache(tx);
    for (const app of due)
      await expireApproval(tx, { application: app, service: await services.get(app.serviceId), now });
    return { processed: due.length, smsQueued: due.length, more: due.length === limit };
  });
}
