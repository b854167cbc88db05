import { getDb } from "@/db/client";
import { auditActorOf } from "@/server/accounts/actor";
import { currentUser } from "@/server/accounts/current-user";
import { isAdmin } from "@/server/accounts/session-user";
import { auditCsv } from "@/server/audit/audit-csv";
import { auditFilterSchema } from "@/server/audit/audit-filter";
import { exportAuditEntries } from "@/server/audit/export-audit-entries";
import { recordAudit } from "@/server/audit/record-audit";
import { chinaToday } from "@/server/dates/china-today";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { requestMetaFrom } from "@/server/trpc";

const noStore = { "Cache-Control": "private, no-store" };
const filterKeys = ["action", "subject", "account", "targetType", "targetId", "from", "to"] as const;

/**
 * The audit entries the console shows for the same filter, as a CSV download (a link, so not a tRPC call),
 * for admins only. Every download is audited, and so is a signed-in non-admin's attempt.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 401, headers: noStore });
  const meta = requestMetaFrom(request.headers);
  const db = await getDb();
  const audit = { actor: auditActorOf(user), ip: meta.ip, correlationId: meta.correlationId };
  if (!isAdmin(user)) {
    await recordAudit(db, { ...audit, action: "audit.exported", outcome: "denied" });
    return new Response(null, { status: 403, headers: noStore });
  }
  const params = new URL(request.url).searchParams;
  const input = auditFilterSchema.safeParse(Object.fromEntries(filterKeys.map((k) => [k, params.get(k) || undefined])));
  if (!input.success) return new Response(null, { status: 400, headers: noStore });
  const exported = await exportAuditEntries(db, { filter: input.data, ...audit });
  return new Response(auditCsv(exported, localeFromCookieHeader(request.headers.get("cookie"))), {
    status: 200,
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${chinaToday()}.csv"`,
      "X-Content-Type-Options": "nosniff",
      "X-Export-Truncated": exported.truncated ? "1" : "0",
    },
  });
}
