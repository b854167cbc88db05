import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseQueryPersons, cases, orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/** A query person of a case the officer's jurisdiction covers, row-locked: call it inside the transaction. */
export async function loadQueryPersonForActor(tx: Db, params: { scope: Jurisdiction; personId: string }) {
  const [row] = await tx
    .select({ person: caseQueryPersons, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(caseQueryPersons)
    .innerJoin(cases, eq(cases.id, caseQueryPersons.caseId))
    .innerJoin(orgUnits, eq(orgUnits.id, cases.handlingUnitId))
    .where(eq(caseQueryPersons.id, params.personId))
    .for("update", { of: caseQueryPersons });
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(params.scope, row.unitPath)) throw new DomainError("OUT_OF_JURISDICTION");
  return row;
}
