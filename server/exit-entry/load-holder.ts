import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { households, orgUnits, residents } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/**
 * A document holder in the register with the path of the unit that keeps their household: exit-entry
 * officers act on holders registered inside their jurisdiction only.
 */
export async function loadHolder(db: Db, p: { residentId: string; scope: Jurisdiction }) {
  const [row] = await db
    .select({ resident: residents, path: orgUnits.path })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(eq(residents.id, p.residentId));
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, row.path)) throw new DomainError("OUT_OF_JURISDICTION");
  return row.resident;
}
