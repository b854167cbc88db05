import { z } from "zod";
import { confirmTotpEnrolment } from "@/server/accounts/confirm-totp-enrolment";
import { getAccountSummary } from "@/server/accounts/get-account-summary";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { requestSignInCode } from "@/server/accounts/request-sign-in-code";
import { revokeSessions } from "@/server/accounts/revoke-sessions";
import { startTotpEnrolment } from "@/server/accounts/start-totp-enrolment";
import { actorOf, authedProcedure, createTRPCRouter, publicProcedure } from "@/server/trpc";

const sixDigits = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "i18n:auth.totpInvalid");

export const accountRouter = createTRPCRouter({
  /** The signed-in user as the shells show them: masked name, roles, unit. */
  me: authedProcedure.query(({ ctx }) => getAccountSummary(ctx.db, { userId: ctx.actor.user.id })),

  /** The SMS sign-in form's "get code" button; answers the same whether or not the phone is registered. */
  requestSignInCode: publicProcedure
    .input(z.strictObject({ phone: phoneNumberSchema }))
    .mutation(({ ctx, input }) => requestSignInCode(ctx.db, { phone: input.phone, ip: ctx.actor.ip })),

  /** First step of binding an authenticator: checks account + password, returns the secret and its QR code. */
  startTotpEnrolment: publicProcedure
    .input(
      z.strictObject({
        account: z.string().trim().min(1, "i18n:auth.accountRequired").max(32),
        password: z.string().min(1, "i18n:auth.passwordRequired").max(128),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { token, secret, qrDataUrl, expiresAt } = await startTotpEnrolment(ctx.db, { ...input, ip: ctx.actor.ip });
      return { token, secret, qrDataUrl, expiresAt };
    }),

  /** Binds the secret after a correct first code; the officer then signs in normally. */
  confirmTotpEnrolment: publicProcedure
    .input(z.strictObject({ token: z.string().min(20).max(100), code: sixDigits }))
    .mutation(({ ctx, input }) => confirmTotpEnrolment(ctx.db, { ...input, ip: ctx.actor.ip })),

  /** Ends every session of the signed-in user, this one included. */
  signOutEverywhere: authedProcedure.mutation(({ ctx }) =>
    revokeSessions(ctx.db, { userId: ctx.actor.user.id, ...actorOf(ctx) }),
  ),
});
