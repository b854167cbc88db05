import { z } from "zod";
import { supervisedStates } from "@/server/supervision/idle-deadline";
import { listSlaRules } from "@/server/supervision/list-sla-rules";
import { setSlaRule } from "@/server/supervision/set-sla-rule";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

/** Admins' queue SLA rules: idle hours per state, overridable per service. */
export const slaRulesRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listSlaRules(ctx.db)),

  set: adminProcedure
    .input(
      z.strictObject({
        serviceCode: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}\d{3}$/, "i18n:errors.SLA_SERVICE_UNKNOWN")
          .nullable(),
        state: z.enum(supervisedStates),
        maxIdleHours: z
          .number()
          .int()
          .min(1)
          .max(24 * 90)
          .nullable(),
      }),
    )
    .mutation(({ ctx, input }) => setSlaRule(ctx.db, { ...input, ...actorOf(ctx) })),
});
