import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payments } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { paymentReturnUrl } from "./payment-return-path";

export type CancelPaymentParams = {
  orderNo: string;
  payerId: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * The payer gives up on a pending order; asking again for the same thing then starts a new one.
 * Cancelling twice is harmless, cancelling a paid order is refused.
 */
export async function cancelPayment(db: Db, params: CancelPaymentParams): Promise<{ returnUrl: string }> {
  return db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(eq(payments.orderNo, params.orderNo)).for("update");
    if (!payment || payment.payerId !== params.payerId) throw new DomainError("NOT_FOUND");
    if (payment.status === "paid") throw new DomainError("PAYMENT_ALREADY_PAID");
    if (payment.status === "pending") {
      await tx.update(payments).set({ status: "closed" }).where(eq(payments.id, payment.id));
      await recordAudit(tx, {
        actor: params.actor,
        action: "payment.cancelled",
        targetType: "payment",
        targetId: payment.id,
        details: { orderNo: payment.orderNo, purpose: payment.purpose, amountFen: payment.amountFen },
        ip: params.ip,
        correlationId: params.correlationId,
      });
    }
    return { returnUrl: paymentReturnUrl(payment.returnPath, { payment: "cancelled" }) };
  });
}
