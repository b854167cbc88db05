import { z } from "zod";
import { listJobRuns } from "@/server/jobs/list-job-runs";
import { runJobNow } from "@/server/jobs/run-job-now";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

/** The ops view of scheduled background functions. */
export const jobsRouter = createTRPCRouter({
  /** Each scheduled function with its latest runs. */
  runs: adminProcedure.query(({ ctx }) => listJobRuns(ctx.db)),

  /** Starts one scheduled function now. */
  runNow: adminProcedure
    .input(z.strictObject({ functionId: z.string().regex(/^[a-z0-9-]{1,64}$/) }))
    .mutation(({ ctx, input }) => runJobNow(ctx.db, { functionId: input.functionId, ...actorOf(ctx) })),
});
