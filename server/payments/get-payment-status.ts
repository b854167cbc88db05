import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type PaymentStatus, payments } from "@/db/schema";
import { DomainError } from "@/server/errors";

export type PaymentStatusView = {
  orderNo: string;
  status: PaymentStatus;
  amountFen: number;
  description: string;
  provider: string;
  paidAt: Date | null;
  expiresAt: Date;
  returnPath: string;
};

/** The payer's view of one order. Anyone else gets NOT_FOUND, so order numbers cannot be probed. */
export async function getPaymentStatus(
  db: Db,
  params: { orderNo: string; payerId: string },
): Promise<PaymentStatusView> {
  const [payment] = await db
    .select({
      orderNo: payments.orderNo,
      payerId: payments.payerId,
      status: payments.status,
      amountFen: payments.amountFen,
      description: payments.description,
      provider: payments.provider,
      paidAt: payments.paidAt,
      expiresAt: payments.expiresAt,
      returnPath: payments.returnPath,
    })
    .from(payments)
    .where(eq(payments.orderNo, params.orderNo));
  if (!payment || payment.payerId !== params.payerId) throw new DomainError("NOT_FOUND");
  const { payerId: _payerId, ...view } = payment;
  return view;
}
