import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Payment, payments } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { type PaymentHandlers, paymentHandlers } from "./payment-handlers";
import type { PaymentProvider } from "./payment-provider";

export type PaymentNotificationResult = {
  payment: Payment;
  /** "already_paid": a repeated notification, acknowledged without doing anything again. */
  outcome: "paid" | "already_paid" | "not_paid";
};

/**
 * Applies a provider's asynchronous notification. Providers deliver at least once and may deliver the
 * same notification twice at the same moment, so the payment row is locked and its status decides:
 * the purpose's handler runs exactly once, in the same transaction that marks the payment paid.
 * Anything refused (forged, wrong amount, closed order) changes nothing.
 */
export async function handlePaymentNotification(
  db: Db,
  fields: Record<string, string>,
  provider: PaymentProvider,
  handlers: PaymentHandlers = paymentHandlers,
): Promise<PaymentNotificationResult> {
  const notification = provider.verifyNotification(fields);
  if (!notification) throw new DomainError("PAYMENT_INVALID");
  return db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(eq(payments.orderNo, notification.orderNo)).for("update");
    // A provider may only speak for the orders it was given.
    if (!payment || payment.provider !== provider.name) throw new DomainError("PAYMENT_INVALID");
    if (notification.amountFen !== payment.amountFen) throw new DomainError("PAYMENT_AMOUNT_MISMATCH");
    if (payment.status === "paid") return { payment, outcome: "already_paid" };
    if (!notification.paid) return { payment, outcome: "not_paid" };
    if (payment.status !== "pending") throw new DomainError("PAYMENT_CLOSED");
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
  });
}
