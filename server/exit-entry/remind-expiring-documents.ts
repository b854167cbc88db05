import "server-only";
import { and, arrayContains, asc, eq, gte, isNotNull, lte, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { travelDocumentReminders, travelDocuments, users } from "@/db/schema";
import { maskDocumentNumber } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { formatDay } from "@/server/dates/format-day";
import { queueSmsBatch } from "@/server/notify/queue-sms-batch";
import { travelDocumentNames } from "./travel-document-names";

/** A document expiring within this many days (today included) gets its reminder. */
export const reminderWindowDays = 90;

/** Documents per transaction: short locks, and a few thousand batches cover millions of documents. */
export const reminderBatchSize = 500;

/** Where the previous batch stopped: the keyset (expiry date, id) of the last document it examined. */
export type ReminderCursor = { expiryDate: string; id: string };

export type ReminderBatch = { processed: number; smsQueued: number; more: boolean; cursor: ReminderCursor | null };

/** The outbox key of a reminder: one per document and expiry date, so a renewal is reminded again. */
export function reminderSmsKey(documentId: string, expiryDate: string): string {
  return `travel-document-expiry:${documentId}:${expiryDate}`;
}

/**
 * One batch of expiry reminders. Valid documents expiring within 90 days whose holder has an active citizen
 * account (users.resident_id) and that have no reminder for their current expiry date yet, read in
 * (expiry date, id) order after the cursor: each batch is an index range scan, never a full load.
 * The reminder row (unique per document and expiry date) and its SMS are written in one transaction,
 * and ON CONFLICT leaves a document a concurrent run claimed first alone; so a run interrupted half way
 * and started again from the beginning sends nothing twice and misses nobody.
 */
export async function remindExpiringDocuments(
  db: Db,
  p: { now?: Date; batchSize?: number; after?: ReminderCursor | null } = {},
): Promise<ReminderBatch> {
  const today = chinaToday(p.now ?? new Date());
  const limit = p.batchSize ?? reminderBatchSize;
  return db.transaction(async (tx) => {
    // A keyset page of a few hundred rows: parallel workers would each scan ahead for the LIMIT and
    // look up thousands of holders to keep 500 (measured over 5 M documents in BENCHMARKS.md).
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    const due = await tx
      .select({
        id: travelDocuments.id,
        type: travelDocuments.type,
        documentNumber: travelDocuments.documentNumber,
        expiryDate: travelDocuments.expiryDate,
        userId: users.id,
        phoneEnc: users.phoneEnc,
      })
      .from(travelDocuments)
      .innerJoin(
        users,
        and(
          eq(users.residentId, travelDocuments.residentId),
          eq(users.status, "active"),
          arrayContains(users.roles, ["citizen"]),
          isNotNull(users.phoneEnc),
        ),
      )
      .where(
        and(
          eq(travelDocuments.status, "valid"),
          gte(travelDocuments.expiryDate, today),
          lte(travelDocuments.expiryDate, addDays(today, reminderWindowDays)),
          p.after
            ? sql`(${travelDocuments.expiryDate}, ${travelDocuments.id}) > (${p.after.expiryDate}, ${p.after.id})`
            : undefined,
          notExists(
            tx
              .select({ one: sql`1` })
              .from(travelDocumentReminders)
              .where(
                and(
                  eq(travelDocumentReminders.documentId, travelDocuments.id),
                  eq(travelDocumentReminders.expiryDate, travelDocuments.expiryDate),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(travelDocuments.expiryDate), asc(travelDocuments.id))
      .limit(limit);
    const last = due.at(-1);
    if (!last) return { processed: 0, smsQueued: 0, more: false, cursor: p.after ?? null };

    const claimed = await tx
      .insert(travelDocumentReminders)
      .values(due.map((d) => ({ documentId: d.id, expiryDate: d.expiryDate, userId: d.userId })))
      .onConflictDoNothing({ target: [travelDocumentReminders.documentId, travelDocumentReminders.expiryDate] })
      .returning({ documentId: travelDocumentReminders.documentId });
    const mine = new Set(claimed.map((c) => c.documentId));

    const queued = await queueSmsBatch(
      tx,
      due.flatMap((d) =>
        mine.has(d.id) && d.phoneEnc
          ? [
              {
                idempotencyKey: reminderSmsKey(d.id, d.expiryDate),
                phone: decryptPii(d.phoneEnc),
                template: "travel_document_expiring" as const,
                params: {
                  document: travelDocumentNames[d.type],
                  number: maskDocumentNumber(d.documentNumber),
                  expiry: formatDay(d.expiryDate, "zh-CN"),
                },
              },
            ]
          : [],
      ),
    );
    const smsQueued = queued.size;
    return {
      processed: due.length,
      smsQueued,
      more: due.length === limit,
      cursor: { expiryDate: last.expiryDate, id: last.id },
    };
  });
}
