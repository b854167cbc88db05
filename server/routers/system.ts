import "server-only";
import { sql } from "drizzle-orm";
import { createTRPCRouter, publicProcedure } from "@/server/trpc";

export const systemRouter = createTRPCRouter({
  /** Liveness for load balancers and the e2e harness: proves the database answers. */
  health: publicProcedure.query(async ({ ctx }) => {
    await ctx.db.execute(sql`select 1`);
    return { ok: true as const };
  }),
});
