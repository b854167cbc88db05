import { z } from "zod";
import { alertIdHolder } from "@/server/accounts/alert-id-holder";
import { checkRegistrationCode } from "@/server/accounts/check-registration-code";
import { getVerificationStatus } from "@/server/accounts/get-verification-status";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { registerCitizen } from "@/server/accounts/register-citizen";
import { requestRegistrationCode } from "@/server/accounts/request-registration-code";
import { citizenProcedure, createTRPCRouter, guestProcedure } from "@/server/trpc";

/** Shapes and lengths only: the services judge the content and name each field's problem. */
const code = z.string().max(10);
const identity = { phone: phoneNumberSchema, code, name: z.string().max(60), idNumber: z.string().max(30) };

export const registrationRouter = createTRPCRouter({
  /** Step 1: texts a code to the phone (the same answer whether or not it has an account). */
  requestCode: guestProcedure
    .input(z.strictObject({ phone: phoneNumberSchema }))
    .mutation(({ ctx, input }) => requestRegistrationCode(ctx.db, { phone: input.phone, ip: ctx.actor.ip })),

  /** Step 2: checks the code without using it up, and tells the phone's owner if it is registered already. */
  checkCode: guestProcedure
    .input(z.strictObject({ phone: phoneNumberSchema, code }))
    .mutation(({ ctx, input }) => checkRegistrationCode(ctx.db, input)),

  /** The final submit: creates the account (verified or not) or says why not; the page then signs in. */
  register: guestProcedure
    .input(z.strictObject({ ...identity, password: z.string().max(256), consentVersion: z.string().max(16) }))
    .mutation(({ ctx, input }) => registerCitizen(ctx.db, { ...input, ip: ctx.actor.ip })),

  /** After "ID number already registered": warns the phone the ID number is bound to, once a day at most. */
  alertIdHolder: guestProcedure
    .input(z.strictObject(identity))
    .mutation(({ ctx, input }) => alertIdHolder(ctx.db, { ...input, ip: ctx.actor.ip })),

  /** The signed-in citizen's verification, for the page shown after registering. */
  status: citizenProcedure.query(({ ctx }) => getVerificationStatus(ctx.db, { userId: ctx.actor.user.id })),
});
