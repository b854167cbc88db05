import "server-only";
import { z } from "zod";
import { routeProcedure } from "@/server/http/route-procedure";
import { getMetrics } from "@/server/metrics/get-metrics";
import { metricsCsv } from "@/server/metrics/metrics-csv";
import { oversightProcedure } from "@/server/trpc";

const query = z.strictObject({
  unit: z.coerce.number().int().positive().optional(),
  from: z.iso.date(),
  to: z.iso.date(),
});

/** The metrics page's series as a CSV download (a link, so not a tRPC call): the oversight procedure's callers. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  return routeProcedure(request, {
    procedure: oversightProcedure.input(query),
    input: {
      unit: params.get("unit") || undefined,
      from: params.get("from") ?? undefined,
      to: params.get("to") ?? undefined,
    },
    run: async ({ ctx, input }) => {
      const metrics = await getMetrics(ctx.db, {
        scope: ctx.actor.scope,
        unitId: input.unit,
        from: input.from,
        to: input.to,
      });
      return new Response(metricsCsv(metrics, ctx.locale), {
        status: 200,
        headers: {
          "Cache-Control": "private, no-store",
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="metrics-${metrics.unit.code}-${input.from}-${input.to}.csv"`,
          "X-Content-Type-Options": "nosniff",
        },
      });
    },
  });
}
