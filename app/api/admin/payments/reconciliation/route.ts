import { z } from "zod";
import { getDb } from "@/db/client";
import { auditActorOf } from "@/server/accounts/actor";
import { currentUser } from "@/server/accounts/current-user";
import { isAdmin } from "@/server/accounts/session-user";
import { recordAudit } from "@/server/audit/record-audit";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { reconcilePayments } from "@/server/payments/reconcile-payments";
import { reconciliationCsv } from "@/server/payments/reconciliation-csv";
import { requestMetaFrom } from "@/server/trpc";

const query = z.strictObject({ day: z.iso.date(), provider: z.string().regex(/^[a-z]{1,16}$/).optional() });

const noStore = { "Cache-Control": "private, no-store" };

/**
 * One day's reconciliation as a CSV download, for admins only (a link, so not a tRPC call). Every
 * download is audited, and so is a signed-in non-admin's attempt.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 401, headers: noStore });
  const meta = requestMetaFrom(request.headers);
  const db = await getDb();
  const audit = { actor: auditActorOf(user), ip: meta.ip, correlationId: meta.correlationId };
  if (!isAdmin(user)) {
    await recordAudit(db, { ...audit, action: "payments.reconciliation_exported", outcome: "denied" });
    return new Response(null, { status: 403, headers: noStore });
  }
  const params = new URL(request.url).searchParams;
  const input = query.safeParse({ day: params.get("day") ?? undefined, provider: params.get("provider") || undefined });
  if (!input.success) return new Response(null, { status: 400, headers: noStore });
  const report = await reconcilePayments(db, input.data);
  await recordAudit(db, {
    ...audit,
    action: "payments.reconciliation_exported",
    details: { day: report.day, provider: report.provider, rows: report.rows.length, flagged: report.totals.flagged },
  });
  const suffix = report.provider ? `-${report.provider}` : "";
  return new Response(reconciliationCsv(report, localeFromCookieHeader(request.headers.get("cookie"))), {
    status: 200,
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="reconciliation-${report.day}${suffix}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
