import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { type Payment, type PaymentNotificationOutcome, paymentNotifications, payments } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { drawDocumentsOf } from "@/server/documents/render-pending-documents";
import { DomainError, type DomainErrorCode } from "@/server/errors";
import { logError } from "@/server/log";
import { escapeControlCharacters } from "@/server/security/control-characters";
import { type PaymentHandlers, paymentHandlers } from "./payment-handlers";
import type { PaymentProvider, VerifiedPaymentNotification } from "./payment-provider";

export type PaymentNotificationResult = {
  payment: Payment;
  /** "already_paid": a repeated notification, acknowledged without doing anything again. */
  outcome: "paid" | "already_paid" | "not_paid";
};

const refusalCodes = {
  bad_signature: "PAYMENT_INVALID",
  unknown_order: "PAYMENT_INVALID",
  other_provider: "PAYMENT_INVALID",
  amount_mismatch: "PAYMENT_AMOUNT_MISMATCH",
  order_closed: "PAYMENT_CLOSED",
  order_expired: "PAYMENT_EXPIRED",
} as const satisfies Record<string, DomainErrorCode>;

export type NotificationRefusal = keyof typeof refusalCodes;

/** A refused notification: the domain code for the caller, the finer reason for the notification log. */
export class PaymentNotificationRefused extends DomainError {
  constructor(readonly reason: NotificationRefusal) {
    super(refusalCodes[reason]);
  }
}

/**
 * The provider's fields worth keeping for reconciliation and support. Anything about the buyer
 * (buyer_id, buyer_logon_id), the seller's account, free text and the signature stay out.
 */
const keptFields = [
  "notify_id",
  "notify_time",
  "notify_type",
  "app_id",
  "out_trade_no",
  "trade_no",
  "trade_status",
  "total_amount",
  "receipt_amount",
  "buyer_pay_amount",
  "refund_fee",
  "gmt_create",
  "gmt_payment",
  "gmt_refund",
  "gmt_close",
  "sign_type",
  "charset",
  "version",
] as const;

/**
 * Anyone can post to the notify URL, so nothing from an unverified request is kept at full length, and
 * control characters are written out: a NUL byte must not keep a forged notification out of the log.
 */
function keptFieldsOf(fields: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of keptFields) {
    const value = fields[key];
    if (typeof value === "string") kept[key] = escapeControlCharacters(value.slice(0, 64));
  }
  return kept;
}

type LogEntry = {
  outcome: PaymentNotificationOutcome;
  reason?: string;
  notification: VerifiedPaymentNotification | null;
};

async function logNotification(db: Db, provider: PaymentProvider, fields: Record<string, string>, entry: LogEntry) {
  const n = entry.notification;
  const claimedOrderNo = fields.out_trade_no ?? "";
  await db.insert(paymentNotifications).values({
    provider: provider.name,
    orderNo: n ? n.orderNo.slice(0, 32) : /^[0-9A-Za-z]{1,32}$/.test(claimedOrderNo) ? claimedOrderNo : null,
    tradeNo: n ? escapeControlCharacters(n.tradeNo.slice(0, 64)) : null,
    amountFen: n ? n.amountFen : null,
    verified: n !== null,
    paid: n?.paid ?? false,
    outcome: entry.outcome,
    reason: entry.reason ?? null,
    fields: keptFieldsOf(fields),
  });
}

/**
 * Applies a provider's asynchronous notification. Providers deliver at least once and may deliver the
 * same notification twice at the same moment, so the payment row is locked and its status decides:
 * the purpose's handler runs exactly once, in the same transaction that marks the payment paid.
 * Anything refused (forged, wrong amount, closed or expired order) changes nothing but the notification
 * log, which records every notification, accepted ones in the transaction that acts on them.
 */
export async function handlePaymentNotification(
  db: Db,
  fields: Record<string, string>,
  provider: PaymentProvider,
  handlers: PaymentHandlers = paymentHandlers,
): Promise<PaymentNotificationResult> {
  const notification = provider.verifyNotification(fields);
  let result: PaymentNotificationResult;
  try {
    if (!notification) throw new PaymentNotificationRefused("bad_signature");
    result = await db.transaction(async (tx) => {
      const applied = await apply(tx, notification, provider, handlers);
      await logNotification(tx, provider, fields, { outcome: applied.outcome, notification });
      return applied;
    });
  } catch (error) {
    // In a transaction of its own: the one that acted (if any) has rolled back.
    const entry: LogEntry =
      error instanceof PaymentNotificationRefused
        ? { outcome: "refused", reason: error.reason, notification }
        : { outcome: "failed", reason: "internal_error", notification };
    await logNotification(db, provider, fields, entry).catch((logFailure: unknown) =>
      logError("payment notification could not be logged", logFailure, { provider: provider.name }),
    );
    throw error;
  }
  // A paid postage submits the application, whose automatic decision draws its document after the commit.
  if (result.outcome === "paid") {
    await drawDocumentsOf(db, { subjectType: result.payment.subjectType, subjectId: result.payment.subjectId });
  }
  return result;
}

async function apply(
  tx: Tx,
  notification: VerifiedPaymentNotification,
  provider: PaymentProvider,
  handlers: PaymentHandlers,
): Promise<PaymentNotificationResult> {
  const [payment] = await tx.select().from(payments).where(eq(payments.orderNo, notification.orderNo)).for("update");
  if (!payment) throw new PaymentNotificationRefused("unknown_order");
  // A provider may only speak for the orders it was given.
  if (payment.provider !== provider.name) throw new PaymentNotificationRefused("other_provider");
  if (notification.amountFen !== payment.amountFen) throw new PaymentNotificationRefused("amount_mismatch");
  if (payment.status === "paid") return { payment, outcome: "already_paid" };
  if (!notification.paid) return { payment, outcome: "not_paid" };
  if (payment.status !== "pending") throw new PaymentNotificationRefused("order_closed");
  // A notification may arrive hours late for a payment made in time; what counts is when the payer paid.
  if ((notification.paidAt ?? new Date()) > payment.expiresAt) throw new PaymentNotificationRefused("order_expired");
  const handler = handlers[payment.purpose];
  if (!handler) throw new Error(`no payment handler for purpose ${payment.purpose}`);
  const [paid] = await tx
    .update(payments)
    .set({ status: "paid", providerTradeNo: notification.tradeNo, paidAt: new Date() })
    .where(eq(payments.id, payment.id))
    .returning();
  if (!paid) throw new Error("handlePaymentNotification: no row returned");
  await handler(tx, paid);
  await recordAudit(tx, {
    actor: { id: null },
    action: "payment.paid",
    targetType: "payment",
    targetId: paid.id,
    details: {
      orderNo: paid.orderNo,
      purpose: paid.purpose,
      subjectType: paid.subjectType,
      subjectId: paid.subjectId,
      payerId: paid.payerId,
      amountFen: paid.amountFen,
      provider: paid.provider,
      providerTradeNo: paid.providerTradeNo,
    },
  });
  return { payment: paid, outcome: "paid" };
}
