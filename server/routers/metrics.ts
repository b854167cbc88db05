import { z } from "zod";
import { getMetrics } from "@/server/metrics/get-metrics";
import { createTRPCRouter, oversightProcedure } from "@/server/trpc";

/** Platform metrics per day, for a unit's subtree; supervisors see theirs, admins the province. */
export const metricsRouter = createTRPCRouter({
  overview: oversightProcedure
    .input(z.strictObject({ unitId: z.number().int().positive().optional(), from: z.iso.date(), to: z.iso.date() }))
    .query(({ ctx, input }) => getMetrics(ctx.db, { ...input, scope: ctx.actor.scope })),
});
