import { z } from "zod";
import { cancelPayment } from "@/server/payments/cancel-payment";
import { getPaymentStatus } from "@/server/payments/get-payment-status";
import { actorOf, authedProcedure, createTRPCRouter } from "@/server/trpc";

const orderNo = z.string().trim().min(1).max(32);

/**
 * A payer's own payment orders. Any signed-in user may pay (citizens now, insurers later); the
 * services answer NOT_FOUND to everyone but the payer.
 */
export const paymentsRouter = createTRPCRouter({
  /** Status, amount, description and when it was paid. */
  status: authedProcedure
    .input(z.strictObject({ orderNo }))
    .query(({ ctx, input }) => getPaymentStatus(ctx.db, { orderNo: input.orderNo, payerId: ctx.actor.user.id })),

  /** Gives up on a pending order (the payer's "cancel" on the checkout page). */
  cancel: authedProcedure
    .input(z.strictObject({ orderNo }))
    .mutation(({ ctx, input }) =>
      cancelPayment(ctx.db, { orderNo: input.orderNo, payerId: ctx.actor.user.id, ...actorOf(ctx) }),
    ),
});
