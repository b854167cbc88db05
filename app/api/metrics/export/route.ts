import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { isDomainError } from "@/server/errors";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { getMetrics } from "@/server/metrics/get-metrics";
import { metricsCsv } from "@/server/metrics/metrics-csv";
import { loadJurisdiction, loadProvinceJurisdiction } from "@/server/orgs/jurisdiction";

const query = z.strictObject({ unit: z.coerce.number().int().positive().optional(), from: z.iso.date(), to: z.iso.date() });
const noStore = { "Cache-Control": "private, no-store" };

/** The metrics page's series as a CSV download (a link, so not a tRPC call): supervisors in scope and admins. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response(null, { status: 401, headers: noStore });
  const admin = user.roles.includes("admin");
  if (!admin && (!user.roles.includes("supervisor") || user.orgUnitId == null)) return new Response(null, { status: 403, headers: noStore });
  const params = new URL(request.url).searchParams;
  const input = query.safeParse({ unit: params.get("unit") || undefined, from: params.get("from") ?? undefined, to: params.get("to") ?? undefined });
  if (!input.success) return new Response(null, { status: 400, headers: noStore });
  const db = await getDb();
  const scope = admin ? await loadProvinceJurisdiction(db) : await loadJurisdiction(db, user.orgUnitId as number);
  try {
    const metrics = await getMetrics(db, { scope, unitId: input.data.unit, from: input.data.from, to: input.data.to });
    return new Response(metricsCsv(metrics, localeFromCookieHeader(request.headers.get("cookie"))), {
      status: 200,
      headers: {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="metrics-${metrics.unit.code}-${input.data.from}-${input.data.to}.csv"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return new Response(null, { status: error.code === "OUT_OF_JURISDICTION" ? 403 : 400, headers: noStore });
    throw error;
  }
}
