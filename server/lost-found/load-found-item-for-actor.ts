import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type LostFoundItem, lostFoundItems, orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/** The one scoped loader of a found item: NOT_FOUND when missing, OUT_OF_JURISDICTION when kept elsewhere. */
export async function loadFoundItemForActor(
  db: Db,
  p: { scope: Jurisdiction; itemId: string; forUpdate?: boolean },
): Promise<LostFoundItem> {
  const query = db
    .select({ item: lostFoundItems, path: orgUnits.path })
    .from(lostFoundItems)
    .innerJoin(orgUnits, eq(orgUnits.id, lostFoundItems.orgUnitId))
    .where(eq(lostFoundItems.id, p.itemId));
  const [row] = p.forUpdate ? await query.for("update", { of: lostFoundItems }) : await query;
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, row.path)) throw new DomainError("OUT_OF_JURISDICTION");
  return row.item;
}
