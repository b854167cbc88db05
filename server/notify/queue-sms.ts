import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { type QueuedSms, queueSmsBatch } from "./queue-sms-batch";

/**
 * Writes one message to the outbox. Call it with the caller's transaction so the message exists exactly
 * when the change it announces commits; call `kickSmsDispatch()` after the commit to send it promptly.
 * The idempotency key makes a retried request or job queue the message once: a repeat returns the
 * first message's id with `queued: false`.
 */
export async function queueSms(db: Db, p: QueuedSms): Promise<{ id: string; queued: boolean }> {
  const queued = (await queueSmsBatch(db, [p])).get(p.idempotencyKey);
  if (queued) return { id: queued, queued: true };

  const [existing] = await db
    .select({ id: smsMessages.id })
    .from(smsMessages)
    .where(eq(smsMessages.idempotencyKey, p.idempotencyKey));
  if (!existing) throw new Error("queueSms: conflicting message vanished");
  return { id: existing.id, queued: false };
}
