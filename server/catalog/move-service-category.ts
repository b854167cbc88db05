import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceCategories } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";

/**
 * Moves a category one place up or down the catalogue by swapping it with its neighbour; the first
 * category cannot go further up, nor the last further down. Returns the codes in their new order.
 */
export async function moveServiceCategory(
  db: Db,
  p: { code: string; direction: "up" | "down"; actor: AuditActor; ip?: string | null; correlationId?: string | null },
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: serviceCategories.id, code: serviceCategories.code, sortOrder: serviceCategories.sortOrder })
      .from(serviceCategories)
      .orderBy(asc(serviceCategories.sortOrder), asc(serviceCategories.id))
      .for("update");
    const at = rows.findIndex((r) => r.code === p.code);
    if (at < 0) throw new DomainError("NOT_FOUND");
    const to = p.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= rows.length) throw new DomainError("BAD_INPUT", {}, { direction: "CATALOG_CATEGORY_AT_EDGE" });
    const order = rows.map((r) => r.code);
    [order[at], order[to]] = [order[to]!, order[at]!];
    // Renumber all: equal sort orders left by hand edits would otherwise make a swap a no-op.
    for (const [i, code] of order.entries()) {
      const row = rows.find((r) => r.code === code)!;
      if (row.sortOrder !== (i + 1) * 10)
        await tx
          .update(serviceCategories)
          .set({ sortOrder: (i + 1) * 10 })
          .where(eq(serviceCategories.id, row.id));
    }
    await recordAudit(tx, {
      actor: p.actor,
      action: "catalog.category_moved",
      targetType: "service_category",
      targetId: p.code,
      details: { direction: p.direction, order },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return order;
  });
}
