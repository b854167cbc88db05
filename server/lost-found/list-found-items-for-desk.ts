import "server-only";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { lostFoundItems, orgUnits } from "@/db/schema";
import type { LostFoundCategory, LostFoundStatus } from "@/db/schema/lost-found-vocabulary";
import { maskName } from "@/server/crypto/mask";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";

export const deskListLimit = 100;

export type DeskFoundItem = {
  id: string;
  itemNumber: string;
  category: LostFoundCategory;
  description: string;
  identifyingMarks: string;
  foundPlace: string;
  foundOn: string;
  status: LostFoundStatus;
  unitName: string;
  /** Masked: the desk list shows who took it back, not their identity. */
  claimant: string | null;
  returnedAt: Date | null;
};

/** Found property kept in the jurisdiction, newest first, optionally of one status. */
export async function listFoundItemsForDesk(
  db: Db,
  p: { scope: Jurisdiction; status?: LostFoundStatus },
): Promise<DeskFoundItem[]> {
  const where: SQL[] = [withinScope(p.scope, orgUnits.path)];
  if (p.status) where.push(eq(lostFoundItems.status, p.status));
  const rows = await db
    .select({
      id: lostFoundItems.id,
      itemNumber: lostFoundItems.itemNumber,
      category: lostFoundItems.category,
      description: lostFoundItems.description,
      identifyingMarks: lostFoundItems.identifyingMarks,
      foundPlace: lostFoundItems.foundPlace,
      foundOn: lostFoundItems.foundOn,
      status: lostFoundItems.status,
      unitName: orgUnits.name,
      claimantName: lostFoundItems.claimantName,
      returnedAt: lostFoundItems.returnedAt,
    })
    .from(lostFoundItems)
    .innerJoin(orgUnits, eq(orgUnits.id, lostFoundItems.orgUnitId))
    .where(and(...where))
    .orderBy(desc(lostFoundItems.foundOn), desc(lostFoundItems.itemNumber))
    .limit(deskListLimit);
  return rows.map(({ claimantName, ...r }) => ({ ...r, claimant: claimantName ? maskName(claimantName) : null }));
}
