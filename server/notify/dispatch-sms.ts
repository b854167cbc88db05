import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { maskPhone } from "@/server/crypto/mask";
import { logError, logInfo, scrub } from "@/server/log";
import { type SmsProvider, smsProvider } from "./sms-provider";
import { SmsSendError } from "./sms-send-error";
import { isSmsTemplate } from "./templates";

/** After this many failed sends a message is marked failed and left alone. */
export const smsMaxAttempts = 5;

/**
 * A claimed message is hidden from other dispatchers for this long. Claiming commits before the send,
 * so no transaction stays open across a network call (PGlite has one connection; a held transaction
 * would stall the whole app); a dispatcher that dies mid-send just lets the lease run out.
 */
const claimLeaseSeconds = 120;

/** 30 s, 2 min, 8 min, 32 min …, at most an hour: rides out a provider's flow control without hammering it. */
export function smsRetryDelaySeconds(attempts: number): number {
  return Math.min(30 * 4 ** Math.max(0, attempts - 1), 3600);
}

export type DispatchSmsResult = { sent: number; delivered: number; retrying: number; failed: number };

type Claimed = {
  id: string;
  phoneEnc: string;
  body: string;
  template: string;
  params: Record<string, string>;
  attempts: number;
};

/**
 * Delivers due messages from the outbox. Several dispatchers may run at once (cron, an event kick,
 * another instance): `FOR UPDATE SKIP LOCKED` hands each message to exactly one of them.
 */
export async function dispatchSms(
  db: Db,
  opts: { provider?: SmsProvider; batchSize?: number; maxMessages?: number } = {},
): Promise<DispatchSmsResult> {
  const provider = opts.provider ?? smsProvider();
  const batchSize = opts.batchSize ?? 50;
  const maxMessages = opts.maxMessages ?? 500;
  const result: DispatchSmsResult = { sent: 0, delivered: 0, retrying: 0, failed: 0 };

  let handled = 0;
  while (handled < maxMessages) {
    const batch = await claimBatch(db, Math.min(batchSize, maxMessages - handled));
    for (const message of batch) {
      const outcome = await deliver(db, provider, message);
      result[outcome] += 1;
    }
    handled += batch.length;
    if (batch.length < batchSize) break;
  }
  if (handled > 0) logInfo("sms dispatch", { provider: provider.name, ...result });
  return result;
}

async function claimBatch(db: Db, limit: number): Promise<Claimed[]> {
  const due = db
    .select({ id: smsMessages.id })
    .from(smsMessages)
    .where(and(eq(smsMessages.status, "queued"), lte(smsMessages.nextAttemptAt, sql`now()`)))
    .orderBy(asc(smsMessages.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  return db
    .update(smsMessages)
    .set({
      attempts: sql`${smsMessages.attempts} + 1`,
      nextAttemptAt: sql`now() + ${claimLeaseSeconds}::int * interval '1 second'`,
    })
    .where(inArray(smsMessages.id, due))
    .returning({
      id: smsMessages.id,
      phoneEnc: smsMessages.phoneEnc,
      body: smsMessages.body,
      template: smsMessages.template,
      params: smsMessages.params,
      attempts: smsMessages.attempts,
    });
}

async function deliver(db: Db, provider: SmsProvider, message: Claimed): Promise<keyof DispatchSmsResult> {
  // Only the holder of this claim may record its outcome: after a lease ran out, another dispatcher owns it.
  const ours = and(eq(smsMessages.id, message.id), eq(smsMessages.attempts, message.attempts));
  let phone: string | undefined;
  try {
    if (!isSmsTemplate(message.template)) {
      throw new SmsSendError(`unknown template "${message.template}"`, { retryable: false });
    }
    phone = decryptPii(message.phoneEnc);
    const sent = await provider.send(phone, message.body, message.template, message.params);
    await db
      .update(smsMessages)
      .set({
        status: sent.status,
        provider: provider.name,
        providerMessageId: sent.providerMessageId,
        lastError: null,
        sentAt: sql`now()`,
      })
      .where(ours);
    return sent.status;
  } catch (error) {
    const retryable = error instanceof SmsSendError ? error.retryable : true;
    const giveUp = !retryable || message.attempts >= smsMaxAttempts;
    const lastError = scrub(error instanceof Error ? error.message : String(error)).slice(0, 1000);
    logError("sms send failed", error, {
      messageId: message.id,
      phone: phone ? maskPhone(phone) : null,
      attempt: message.attempts,
      giveUp,
    });
    await db
      .update(smsMessages)
      .set(
        giveUp
          ? { status: "failed", provider: provider.name, lastError }
          : {
              provider: provider.name,
              lastError,
              nextAttemptAt: sql`now() + ${smsRetryDelaySeconds(message.attempts)}::int * interval '1 second'`,
            },
      )
      .where(ours);
    return giveUp ? "failed" : "retrying";
  }
}
