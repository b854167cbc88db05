import { z } from "zod";
import { checkPasswordResetCode } from "@/server/accounts/check-password-reset-code";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { requestPasswordResetCode } from "@/server/accounts/request-password-reset-code";
import { resetPassword } from "@/server/accounts/reset-password";
import { createTRPCRouter, guestProcedure } from "@/server/trpc";

const code = z.string().max(10);

export const passwordResetRouter = createTRPCRouter({
  /** Texts a reset code to a registered phone; unknown phones get the same answer and no SMS. */
  requestCode: guestProcedure
    .input(z.strictObject({ phone: phoneNumberSchema }))
    .mutation(({ ctx, input }) => requestPasswordResetCode(ctx.db, { phone: input.phone, ip: ctx.actor.ip })),

  /** Catches a mistyped code before the new password is chosen; does not use the code up. */
  checkCode: guestProcedure
    .input(z.strictObject({ phone: phoneNumberSchema, code }))
    .mutation(({ ctx, input }) => checkPasswordResetCode(ctx.db, input)),

  /** Sets the new password, ends every session and lifts a lock. */
  reset: guestProcedure
    .input(z.strictObject({ phone: phoneNumberSchema, code, password: z.string().max(256) }))
    .mutation(({ ctx, input }) => resetPassword(ctx.db, { ...input, ip: ctx.actor.ip })),
});
