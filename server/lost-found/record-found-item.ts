import "server-only";
import { and, count, eq, like, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { lostFoundItems } from "@/db/schema";
import type { LostFoundCategory } from "@/db/schema/lost-found-vocabulary";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";

export type RecordFoundItemParams = AuditTrail & {
  scope: Jurisdiction;
  officerId: string;
  category: LostFoundCategory;
  description: string;
  identifyingMarks: string;
  foundPlace: string;
  foundOn: string;
  now?: Date;
};

/**
 * An officer records property handed in at their unit, which keeps it: numbered SL + unit code + year +
 * sequence, searchable by the public at once. The day found may not lie in the future, nor more than a year
 * back (property unclaimed that long goes to the state and is never published).
 */
export async function recordFoundItem(db: Db, p: RecordFoundItemParams): Promise<{ id: string; itemNumber: string }> {
  const today = chinaToday(p.now);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  if (p.foundOn > today) throw new DomainError("BAD_INPUT", {}, { foundOn: "lostFound.foundInFuture" });
  if (p.foundOn < yearAgo) throw new DomainError("BAD_INPUT", {}, { foundOn: "lostFound.foundTooLongAgo" });

  return db.transaction(async (tx) => {
    const prefix = `SL${p.scope.code}${today.slice(0, 4)}`;
    // One numbering per unit and year; the advisory lock keeps two officers of a unit from taking the same number.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lost_found:${prefix}`}))`);
    const [taken] = await tx
      .select({ n: count() })
      .from(lostFoundItems)
      .where(and(eq(lostFoundItems.orgUnitId, p.scope.unitId), like(lostFoundItems.itemNumber, `${prefix}%`)));
    const itemNumber = `${prefix}${String((taken?.n ?? 0) + 1).padStart(4, "0")}`;
    const [row] = await tx
      .insert(lostFoundItems)
      .values({
        itemNumber,
        category: p.category,
        description: p.description,
        identifyingMarks: p.identifyingMarks,
        foundPlace: p.foundPlace,
        foundOn: p.foundOn,
        orgUnitId: p.scope.unitId,
        recordedBy: p.officerId,
      })
      .returning({ id: lostFoundItems.id });
    if (!row) throw new Error("recordFoundItem: no row returned");
    await recordAudit(tx, {
      actor: p.actor,
      action: "lost_found.recorded",
      targetType: "lost_found_item",
      targetId: row.id,
      details: { itemNumber, category: p.category },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: row.id, itemNumber };
  });
}
