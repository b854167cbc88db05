import { z } from "zod";
import { parseChinaLocalMinute } from "@/server/dates/china-local-minute";
import { yuanAmount } from "@/server/money/yuan-amount";
import { createFinePayment, maxFinesPerPayment } from "@/server/traffic/create-fine-payment";
import { listMyFineReceipts } from "@/server/traffic/list-my-fine-receipts";
import { listMyViolations } from "@/server/traffic/list-my-violations";
import { listRecordedViolations } from "@/server/traffic/list-recorded-violations";
import { lookupViolations } from "@/server/traffic/lookup-violations";
import { plateTypes } from "@/server/traffic/plate-number";
import { recordViolation, recordViolationRoles } from "@/server/traffic/record-violation";
import { violationCodes } from "@/server/traffic/violation-codes";
import { actorOf, citizenProcedure, createTRPCRouter, officerProcedure, publicProcedure } from "@/server/trpc";

/** Room for a plate typed with separators or full-width characters; the service reads it properly. */
const plateNumber = z.string().trim().min(1, "i18n:traffic.lookup.plateRequired").max(20);
const plateType = z.enum(plateTypes);

/** `2026-11-27T08:30` from a datetime-local field, read as China time. */
const chinaLocalMinute = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "i18n:traffic.record.occurredAtRequired")
  .transform((s, ctx) => {
    const at = parseChinaLocalMinute(s);
    if (!at) {
      ctx.addIssue({ code: "custom", message: "i18n:traffic.record.occurredAtRequired" });
      return z.NEVER;
    }
    return at;
  });

export const trafficRouter = createTRPCRouter({
  /** The violation code catalogue: public, like the points table it follows. */
  violationCodes: publicProcedure.query(() => violationCodes),

  /** The signed-in citizen's own violations (vehicles they own, or where they were the driver). */
  myViolations: citizenProcedure.query(({ ctx }) => listMyViolations(ctx.db, { userId: ctx.actor.user.id })),

  /**
   * Anyone: one vehicle's violations by plate, plate type and VIN tail. A mutation although it reads: the
   * VIN never sits in a URL, a browser history or a server log, and a refetch does not spend a try.
   */
  lookup: publicProcedure
    .meta({ auditedAttempt: "traffic.lookup" })
    .input(
      z.strictObject({
        plateNumber,
        plateType,
        vinTail: z.string().trim().min(1, "i18n:traffic.lookup.vinRequired").max(12),
      }),
    )
    .mutation(({ ctx, input }) =>
      lookupViolations(ctx.db, {
        ...input,
        ip: ctx.actor.ip,
        userId: ctx.actor.user?.id ?? null,
        correlationId: ctx.actor.correlationId,
      }),
    ),

  /** Starts paying the chosen unpaid fines in one order; the browser goes on to the provider's checkout. */
  pay: citizenProcedure
    .input(
      z.strictObject({ violationIds: z.array(z.uuid()).min(1, "i18n:traffic.pay.noneChosen").max(maxFinesPerPayment) }),
    )
    .mutation(async ({ ctx, input }) => {
      const created = await createFinePayment(ctx.db, { payerId: ctx.actor.user.id, violationIds: input.violationIds });
      return { checkoutUrl: created.checkoutUrl, orderNo: created.orderNo, amountFen: created.amountFen };
    }),

  /** Electronic receipts of the fines the citizen paid online. */
  receipts: citizenProcedure.query(({ ctx }) => listMyFineReceipts(ctx.db, { userId: ctx.actor.user.id })),

  /** A traffic officer records a violation of a vehicle registered in their jurisdiction. */
  recordViolation: officerProcedure(...recordViolationRoles)
    .input(
      z.strictObject({
        plateNumber,
        plateType,
        occurredAt: chinaLocalMinute,
        place: z.string().trim().min(2, "i18n:traffic.record.placeRequired").max(100),
        actCode: z.string().trim().min(1, "i18n:traffic.record.codeRequired").max(8),
        fineYuan: yuanAmount({ minFen: 100, maxFen: 200_000 }).optional(),
        points: z.number().int().min(0).max(12).optional(),
        photoBlobId: z.uuid().nullish(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { fineYuan, ...rest } = input;
      return recordViolation(ctx.db, {
        ...rest,
        fineFen: fineYuan,
        scope: ctx.actor.scope,
        officerId: ctx.actor.user.id,
        ...actorOf(ctx),
      });
    }),

  /** What units in the officer's jurisdiction recorded lately. */
  recentRecorded: officerProcedure(...recordViolationRoles).query(({ ctx }) =>
    listRecordedViolations(ctx.db, { scope: ctx.actor.scope }),
  ),
});
