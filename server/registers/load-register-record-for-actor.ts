import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";
import type { RegisterDefinition } from "./register-definition";
import { type LoadedRecord, loadedRecords, recordSelection } from "./register-rows";

/**
 * The one scoped loader of a register record: NOT_FOUND when there is none, OUT_OF_JURISDICTION when its
 * keeping unit lies outside the officer's subtree. `forUpdate` locks the row for the write that follows.
 */
export async function loadRegisterRecordForActor(
  db: Db,
  p: { scope: Jurisdiction; def: RegisterDefinition; id: string; forUpdate?: boolean },
): Promise<LoadedRecord> {
  const query = db
    .select(recordSelection(p.def))
    .from(p.def.table)
    .innerJoin(orgUnits, eq(orgUnits.id, p.def.unit))
    .where(eq(p.def.id, p.id));
  const [row] = p.forUpdate ? await query.for("update", { of: p.def.table }) : await query;
  if (!row) throw new DomainError("NOT_FOUND");
  const [record] = await loadedRecords(db, p.def, [row]);
  if (!record || !inScope(p.scope, record.unitPath)) throw new DomainError("OUT_OF_JURISDICTION");
  return record;
}
