import type { Payment } from "@/db/schema";
import { env } from "@/server/env";
import { alipayPaymentProvider } from "./alipay-payment-provider";
import { sandboxPaymentProvider } from "./sandbox-payment-provider";

/** What a provider's notification says once its signature checks out. */
export type VerifiedPaymentNotification = {
  orderNo: string;
  tradeNo: string;
  amountFen: number;
  /** False for notifications about other states (waiting for the buyer, closed by the provider). */
  paid: boolean;
  /** When the provider says the payer paid (Alipay's gmt_payment); absent when it does not say. */
  paidAt?: Date;
};

/** A payment provider: where the payer pays, and how its asynchronous notification is trusted. */
export interface PaymentProvider {
  readonly name: string;
  /** Where to send the payer's browser to pay this payment. */
  checkoutUrl(payment: Payment): string;
  /** The notification's content when its signature is the provider's, else null. */
  verifyNotification(fields: Record<string, string>): VerifiedPaymentNotification | null;
}

/** The provider PAYMENT_PROVIDER names; the sandbox when unset. */
export function paymentProvider(): PaymentProvider {
  switch (env().PAYMENT_PROVIDER) {
    case "sandbox":
      return sandboxPaymentProvider;
    case "alipay":
      return alipayPaymentProvider;
  }
}

/**
 * The provider a notify URL names, only when it is the configured one: with a real provider set, a
 * sandbox-signed notification must not be able to pay anything.
 */
export function paymentProviderNamed(name: string): PaymentProvider | null {
  const provider = paymentProvider();
  return provider.name === name ? provider : null;
}
