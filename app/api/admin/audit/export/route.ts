import "server-only";
import { auditCsv } from "@/server/audit/audit-csv";
import { auditFilterSchema } from "@/server/audit/audit-filter";
import { exportAuditEntries } from "@/server/audit/export-audit-entries";
import { chinaToday } from "@/server/dates/china-today";
import { routeProcedure } from "@/server/http/route-procedure";
import { actorOf, adminProcedure } from "@/server/trpc";

const filterKeys = ["action", "subject", "account", "targetType", "targetId", "from", "to"] as const;

/**
 * The audit entries the console shows for the same filter, as a CSV download (a link, so not a tRPC call),
 * for admins only. Every download is audited, and so is a signed-in non-admin's attempt.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  return routeProcedure(request, {
    procedure: adminProcedure.input(auditFilterSchema),
    input: Object.fromEntries(filterKeys.map((k) => [k, params.get(k) || undefined])),
    deniedAudit: "audit.exported",
    run: async ({ ctx, input }) => {
      const exported = await exportAuditEntries(ctx.db, { filter: input, ...actorOf(ctx) });
      return new Response(auditCsv(exported, ctx.locale), {
        status: 200,
        headers: {
          "Cache-Control": "private, no-store",
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="audit-${chinaToday()}.csv"`,
          "X-Content-Type-Options": "nosniff",
          "X-Export-Truncated": exported.truncated ? "1" : "0",
        },
      });
    },
  });
}
