import { z } from "zod";
import { listSmsTemplates } from "@/server/notify/list-sms-templates";
import { saveSmsTemplate } from "@/server/notify/save-sms-template";
import { type SmsTemplate, smsTemplateNames } from "@/server/notify/templates";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

const template = z.enum(smsTemplateNames as [SmsTemplate, ...SmsTemplate[]]);

/** Admins' wording of the SMS templates, checked against each template's variables. */
export const smsTemplatesRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listSmsTemplates(ctx.db)),

  save: adminProcedure
    .input(z.strictObject({ template, text: z.string().trim().min(1, "i18n:smsTemplates.textRequired").max(1000) }))
    .mutation(({ ctx, input }) => saveSmsTemplate(ctx.db, { ...input, ...actorOf(ctx) })),

  reset: adminProcedure
    .input(z.strictObject({ template }))
    .mutation(({ ctx, input }) => saveSmsTemplate(ctx.db, { template: input.template, text: null, ...actorOf(ctx) })),
});
