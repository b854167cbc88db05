import "server-only";
import { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import { routeProcedure } from "@/server/http/route-procedure";
import { reconcilePayments } from "@/server/payments/reconcile-payments";
import { reconciliationCsv } from "@/server/payments/reconciliation-csv";
import { actorOf, adminProcedure } from "@/server/trpc";

const query = z.strictObject({
  day: z.iso.date(),
  provider: z
    .string()
    .regex(/^[a-z]{1,16}$/)
    .optional(),
});

/**
 * One day's reconciliation as a CSV download, for admins only (a link, so not a tRPC call). Every
 * download is audited, and so is a signed-in non-admin's attempt.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  return routeProcedure(request, {
    procedure: adminProcedure.input(query),
    input: { day: params.get("day") ?? undefined, provider: params.get("provider") || undefined },
    deniedAudit: "payments.reconciliation_exported",
    run: async ({ ctx, input }) => {
      const report = await reconcilePayments(ctx.db, input);
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "payments.reconciliation_exported",
        details: {
          day: report.day,
          provider: report.provider,
          rows: report.rows.length,
          flagged: report.totals.flagged,
        },
      });
      const suffix = report.provider ? `-${report.provider}` : "";
      return new Response(reconciliationCsv(report, ctx.locale), {
        status: 200,
        headers: {
          "Cache-Control": "private, no-store",
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="reconciliation-${report.day}${suffix}.csv"`,
          "X-Content-Type-Options": "nosniff",
        },
      });
    },
  });
}
