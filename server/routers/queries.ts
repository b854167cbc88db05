import { z } from "zod";
import { getQueryForm } from "@/server/queries/get-query-form";
import { confirmQueryCode, sendQueryConfirmCode } from "@/server/queries/query-confirm-code";
import { runQuery } from "@/server/queries/run-query";
import { citizenProcedure, createTRPCRouter, publicProcedure } from "@/server/trpc";

const serviceCode = z.string().regex(/^[A-Z]{2}\d{3}$/);
/** The form's answers as typed; the service's source judges them field by field. */
const answers = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,31}$/), z.string().max(200))
  .refine((r) => Object.keys(r).length <= 10, "i18n:queries.form.tooMany");

export const queriesRouter = createTRPCRouter({
  form: publicProcedure
    .input(z.strictObject({ code: serviceCode }))
    .query(({ ctx, input }) => getQueryForm(ctx.db, input.code)),

  run: publicProcedure
    .input(z.strictObject({ code: serviceCode, input: answers }))
    .mutation(({ ctx, input }) =>
      runQuery(ctx.db, { actor: ctx.actor, locale: ctx.locale, code: input.code, input: input.input }),
    ),

  sendConfirmCode: citizenProcedure
    .input(z.strictObject({ code: serviceCode }))
    .mutation(({ ctx, input }) => sendQueryConfirmCode(ctx.db, { actor: ctx.actor, code: input.code })),

  confirm: citizenProcedure
    .input(
      z.strictObject({
        code: serviceCode,
        smsCode: z
          .string()
          .trim()
          .regex(/^\d{6}$/, "i18n:queries.form.smsCode"),
      }),
    )
    .mutation(({ ctx, input }) =>
      confirmQueryCode(ctx.db, { actor: ctx.actor, code: input.code, smsCode: input.smsCode }),
    ),
});
