import { z } from "zod";
import { citizenLookupRoles, lookupCitizen } from "@/server/accounts/lookup-citizen";
import { accountUnlockRoles, unlockAccount, unlockReasonMaxLength } from "@/server/accounts/unlock-account";
import { verifyCitizenAtWindow, windowVerificationRoles } from "@/server/accounts/verify-citizen-at-window";
import { actorOf, createTRPCRouter, officerProcedure } from "@/server/trpc";

/** Room for a typed number with stray spaces; the service checks it properly. */
const idNumberInput = z.string().trim().min(1, "i18n:citizens.idNumberRequired").max(24);

export const citizensRouter = createTRPCRouter({
  /**
   * A mutation although it reads: the full ID number travels in the request body, never in a URL, and a
   * refetch cannot quietly repeat the audited read.
   */
  lookup: officerProcedure(...citizenLookupRoles)
    .input(z.strictObject({ idNumber: idNumberInput }))
    .mutation(({ ctx, input }) =>
      lookupCitizen(ctx.db, { idNumber: input.idNumber, scope: ctx.actor.scope, ...actorOf(ctx) }),
    ),

  unlock: officerProcedure(...accountUnlockRoles)
    .input(
      z.strictObject({
        userId: z.uuid(),
        reason: z.string().trim().min(2, "i18n:citizens.unlock.reasonRequired").max(unlockReasonMaxLength),
      }),
    )
    .mutation(({ ctx, input }) => unlockAccount(ctx.db, { ...input, ...actorOf(ctx) })),

  /** The officer must tick that the original ID card was checked in person: the input refuses anything else. */
  verifyAtWindow: officerProcedure(...windowVerificationRoles)
    .input(z.strictObject({ userId: z.uuid(), idCardChecked: z.literal(true) }))
    .mutation(({ ctx, input }) => verifyCitizenAtWindow(ctx.db, { userId: input.userId, ...actorOf(ctx) })),
});
