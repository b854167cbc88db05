import type { Tx } from "@/db/client";
import type { Payment } from "@/db/schema";
import { onPostagePaid } from "@/server/applications/on-postage-paid";
import { onFinesPaid } from "@/server/traffic/on-fines-paid";

/**
 * What a paid payment sets off in its own domain. Runs in the transaction that marks the payment paid:
 * if it throws, the payment stays pending and the provider's retried notification tries again.
 */
export type PaymentHandler = (tx: Tx, payment: Payment) => Promise<void>;

export type PaymentHandlers = Readonly<Record<string, PaymentHandler>>;

export const paymentHandlers = {
  household_postage: onPostagePaid,
  traffic_fine: onFinesPaid,
} as const satisfies PaymentHandlers;

export type PaymentPurpose = keyof typeof paymentHandlers;
