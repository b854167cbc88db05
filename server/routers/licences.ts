import { z } from "zod";
import { auditTrailOf } from "@/server/accounts/actor";
import { checkTravelDocument } from "@/server/exit-entry/check-travel-document";
import { getMyLicences } from "@/server/licences/get-my-licences";
import { issueShowCode } from "@/server/licences/issue-show-code";
import { verifyShowCode } from "@/server/licences/verify-show-code";
import { citizenProcedure, createTRPCRouter, publicProcedure } from "@/server/trpc";

/** 电子证照亮证 and the public checks of licences and travel documents. */
export const licencesRouter = createTRPCRouter({
  /** The signed-in citizen's own ID card and driving licence, masked as the screen shows them. */
  mine: citizenProcedure.query(({ ctx }) => getMyLicences(ctx.db, { userId: ctx.actor.user.id })),

  /** A fresh short-lived code for the screen's QR: a mutation, since each call makes a new code. */
  issueShowCode: citizenProcedure.mutation(({ ctx }) => issueShowCode(ctx.db, { userId: ctx.actor.user.id })),

  /** Anyone who scanned a licence screen checks it here, signed in or not; rate-limited per IP. */
  verifyShowCode: publicProcedure
    .input(z.strictObject({ code: z.string().max(200) }))
    .query(({ ctx, input }) => verifyShowCode(ctx.db, { code: input.code, trail: auditTrailOf(ctx.actor) })),

  /**
   * 出入境证件真伪核验, open to anyone. A mutation although it reads: the holder's name stays out of URLs
   * and logs, and a refetch cannot repeat an audited check.
   */
  checkTravelDocument: publicProcedure
    .input(
      z.strictObject({
        documentNumber: z
          .string()
          .trim()
          .min(1, "i18n:licences.travelCheck.numberRequired")
          .max(20, "i18n:licences.travelCheck.numberInvalid")
          .regex(/^[0-9A-Za-z\s]+$/, "i18n:licences.travelCheck.numberInvalid"),
        name: z
          .string()
          .trim()
          .min(1, "i18n:licences.travelCheck.nameRequired")
          .max(40, "i18n:licences.travelCheck.nameRequired"),
      }),
    )
    .mutation(({ ctx, input }) => checkTravelDocument(ctx.db, { ...input, trail: auditTrailOf(ctx.actor) })),
});
