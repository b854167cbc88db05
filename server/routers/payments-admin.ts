import { z } from "zod";
import { listPayments, paymentListStatuses } from "@/server/payments/list-payments";
import { reconcilePayments } from "@/server/payments/reconcile-payments";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

const day = z.iso.date("i18n:paymentsAdmin.dayInvalid");
const provider = z.string().regex(/^[a-z]{1,16}$/);

/** The finance view: payment orders, and each day's orders against the provider's notifications. */
export const paymentsAdminRouter = createTRPCRouter({
  /** Orders created in a range of China days, filtered; the view is audited (it shows masked payer names). */
  list: adminProcedure
    .input(
      z.strictObject({
        fromDay: day,
        toDay: day,
        status: z.enum(paymentListStatuses).optional(),
        purpose: z
          .string()
          .regex(/^[a-z_]{1,32}$/)
          .optional(),
        provider: provider.optional(),
        number: z
          .string()
          .trim()
          .regex(/^[0-9A-Za-z]{1,64}$/, "i18n:paymentsAdmin.numberInvalid")
          .optional(),
        page: z.number().int().min(1).max(100_000).default(1),
      }),
    )
    .query(({ ctx, input }) => listPayments(ctx.db, { ...input, ...actorOf(ctx) })),

  /** One day's reconciliation; order numbers and amounts only, no personal data. */
  reconciliation: adminProcedure
    .input(z.strictObject({ day, provider: provider.optional() }))
    .query(({ ctx, input }) => reconcilePayments(ctx.db, input)),
});
