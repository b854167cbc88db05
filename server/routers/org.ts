import { describeUnit } from "@/server/orgs/describe-unit";
import { listStations } from "@/server/orgs/list-stations";
import { summarizeOrgTree } from "@/server/orgs/summarize-org-tree";
import { adminProcedure, createTRPCRouter, officerProcedure, publicProcedure } from "@/server/trpc";

export const orgRouter = createTRPCRouter({
  /** The signed-in officer's own unit, named in full, and the size of the jurisdiction below it. */
  myUnit: officerProcedure().query(({ ctx }) => describeUnit(ctx.db, { unitId: ctx.actor.scope.unitId })),
  /** Counts of cities, counties and stations across the province, for the admin console. */
  summary: adminProcedure.query(({ ctx }) => summarizeOrgTree(ctx.db)),
  /** Every police station by county, for forms where a citizen chooses the station of an address. */
  stations: publicProcedure.query(({ ctx }) => listStations(ctx.db)),
});
