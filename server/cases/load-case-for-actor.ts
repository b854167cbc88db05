import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cases, orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/**
 * The case with its handling unit, if the officer's jurisdiction covers that unit. Pass a transaction and
 * `lock` to hold the case row while adding to it.
 */
export async function loadCaseForActor(db: Db, params: { scope: Jurisdiction; caseId: string; lock?: boolean }) {
  const query = db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      title: cases.title,
      type: cases.type,
      officerInChargeId: cases.officerInChargeId,
      createdAt: cases.createdAt,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
    })
    .from(cases)
    .innerJoin(orgUnits, eq(orgUnits.id, cases.handlingUnitId))
    .where(eq(cases.id, params.caseId));
  const [row] = params.lock ? await query.for("update", { of: cases }) : await query;
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(params.scope, row.unitPath)) throw new DomainError("OUT_OF_JURISDICTION");
  return row;
}
