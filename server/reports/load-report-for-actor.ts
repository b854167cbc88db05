import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/**
 * The report, if its handling unit lies in the officer's jurisdiction. Pass a transaction and `lock` to hold
 * the row while acting on it.
 */
export async function loadReportForActor(db: Db, p: { scope: Jurisdiction; reportId: string; lock?: boolean }) {
  const query = db.select().from(reports).where(eq(reports.id, p.reportId));
  const [row] = p.lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, row.handlingPath)) throw new DomainError("OUT_OF_JURISDICTION");
  return row;
}
