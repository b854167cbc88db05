import { z } from "zod";
import { changePassword } from "@/server/accounts/change-password";
import { changePhone } from "@/server/accounts/change-phone";
import { exportMyData } from "@/server/accounts/export-my-data";
import { getMyProfile } from "@/server/accounts/get-my-profile";
import { listMySignIns } from "@/server/accounts/list-my-sign-ins";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { requestChangePhoneCodes } from "@/server/accounts/request-change-phone-codes";
import { listWhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import { actorOf, citizenProcedure, createTRPCRouter } from "@/server/trpc";

const smsCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "i18n:auth.codeInvalid");
const password = z.string().min(1, "i18n:auth.passwordRequired").max(256);

/** The signed-in citizen's own profile and account security (/me). */
export const meRouter = createTRPCRouter({
  /** Masked account, verification, household, documents, vehicles and licence. */
  profile: citizenProcedure.query(({ ctx }) => getMyProfile(ctx.db, { userId: ctx.actor.user.id })),

  /** Recent sign-in attempts on the account, newest first. */
  signIns: citizenProcedure.query(({ ctx }) => listMySignIns(ctx.db, { userId: ctx.actor.user.id })),

  /** When and by which unit staff read or handled the citizen's personal data (not by whom). */
  whoLookedAtMe: citizenProcedure.query(({ ctx }) => listWhoLookedAtMe(ctx.db, { userId: ctx.actor.user.id })),

  /** Texts a code to the bound phone and one to the new phone. */
  requestChangePhoneCodes: citizenProcedure
    .input(z.strictObject({ newPhone: phoneNumberSchema }))
    .mutation(({ ctx, input }) =>
      requestChangePhoneCodes(ctx.db, { userId: ctx.actor.user.id, newPhone: input.newPhone, ...actorOf(ctx) }),
    ),

  /** Binds the new phone once both codes are right; this session stays signed in. */
  changePhone: citizenProcedure
    .input(z.strictObject({ newPhone: phoneNumberSchema, oldPhoneCode: smsCode, newPhoneCode: smsCode }))
    .mutation(({ ctx, input }) => changePhone(ctx.db, { userId: ctx.actor.user.id, ...input, ...actorOf(ctx) })),

  /** Sets a new password and ends every session, this one included. */
  changePassword: citizenProcedure
    .input(z.strictObject({ currentPassword: password, newPassword: z.string().max(256) }))
    .mutation(({ ctx, input }) => changePassword(ctx.db, { userId: ctx.actor.user.id, ...input, ...actorOf(ctx) })),

  /** Everything held about the citizen, in full, for the download route; audited. */
  exportData: citizenProcedure.query(({ ctx }) => exportMyData(ctx.db, { userId: ctx.actor.user.id, ...actorOf(ctx) })),
});
