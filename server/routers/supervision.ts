import { z } from "zod";
import { escalateApplication } from "@/server/supervision/escalate-application";
import { listOverdue } from "@/server/supervision/list-overdue";
import { reassignApplication } from "@/server/supervision/reassign-application";
import { createTRPCRouter, officerProcedure } from "@/server/trpc";

const supervisorProcedure = officerProcedure("supervisor");

/** A unit supervisor's follow-up of overdue work in their subtree. */
export const supervisionRouter = createTRPCRouter({
  home: supervisorProcedure.query(({ ctx }) =>
    listOverdue(ctx.db, { userId: ctx.actor.user.id, scope: ctx.actor.scope }),
  ),

  reassign: supervisorProcedure
    .input(z.strictObject({ applicationId: z.uuid(), officerId: z.uuid("i18n:errors.supervision.officerRequired") }))
    .mutation(({ ctx, input }) =>
      reassignApplication(ctx.db, {
        ...input,
        supervisor: {
          userId: ctx.actor.user.id,
          scope: ctx.actor.scope,
          ip: ctx.actor.ip,
          correlationId: ctx.actor.correlationId,
        },
      }),
    ),

  escalate: supervisorProcedure
    .input(
      z.strictObject({
        applicationId: z.uuid(),
        comment: z
          .string()
          .trim()
          .max(500)
          .transform((v) => v || null),
      }),
    )
    .mutation(({ ctx, input }) =>
      escalateApplication(ctx.db, {
        ...input,
        supervisor: {
          userId: ctx.actor.user.id,
          scope: ctx.actor.scope,
          ip: ctx.actor.ip,
          correlationId: ctx.actor.correlationId,
        },
      }),
    ),
});
