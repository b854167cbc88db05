import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payments } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { handlePaymentNotification } from "./handle-payment-notification";
import type { PaymentHandlers } from "./payment-handlers";
import { paymentProviderNamed } from "./payment-provider";
import { paymentReturnUrl } from "./payment-return-path";
import { sandboxPaidNotification, sandboxPaymentProvider } from "./sandbox-payment-provider";

export type ConfirmSandboxPaymentParams = {
  orderNo: string;
  payerId: string;
  handlers?: PaymentHandlers;
  now?: Date;
};

/**
 * The sandbox's "pay" button: stands in for the provider's own checkout, so it only signs the
 * notification the provider would send and hands it to the same code a real notify request reaches.
 * Like a real provider it will not take money for an order that has timed out.
 */
export async function confirmSandboxPayment(
  db: Db,
  params: ConfirmSandboxPaymentParams,
): Promise<{ returnUrl: string }> {
  const provider = paymentProviderNamed(sandboxPaymentProvider.name);
  const now = params.now ?? new Date();
  const [payment] = await db.select().from(payments).where(eq(payments.orderNo, params.orderNo));
  if (!provider || !payment || payment.payerId !== params.payerId || payment.provider !== provider.name) {
    throw new DomainError("NOT_FOUND");
  }
  if (payment.status === "pending" && payment.expiresAt <= now) throw new DomainError("PAYMENT_EXPIRED");
  await handlePaymentNotification(db, sandboxPaidNotification(payment, now), provider, params.handlers);
  return { returnUrl: paymentReturnUrl(payment.returnPath, { paid: payment.orderNo }) };
}
