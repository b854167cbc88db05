import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, orgUnits, trafficViolations } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { columnUnder } from "./scope";

/**
 * Moves a police station under another county bureau (a redistricting). Jurisdiction is a prefix match on
 * copied paths, so the station's path and every path copied from it (applications, traffic violations)
 * are rewritten in the same transaction: the new county sees the station's cases from the moment it commits,
 * the old one no longer does. The code is the station's identity and stays.
 */
export async function moveOrgUnit(
  db: Db,
  p: { unitId: number; parentId: number; actor: AuditActor; ip?: string | null; correlationId?: string | null },
): Promise<{ path: string }> {
  return db.transaction(async (tx) => {
    const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.id, p.unitId)).for("update");
    if (!unit) throw new DomainError("NOT_FOUND");
    const [parent] = await tx.select().from(orgUnits).where(eq(orgUnits.id, p.parentId)).for("update");
    if (unit.level !== "station" || !parent || parent.level !== "county")
      throw new DomainError("ORG_UNIT_PARENT_INVALID");
    if (parent.id === unit.parentId) return { path: unit.path };
    const oldPath = unit.path;
    const newPath = `${parent.path}${unit.code}/`;
    const rewrite = (column: typeof orgUnits.path) => sql`${newPath} || substr(${column}, ${oldPath.length + 1})`;
    await tx.update(orgUnits).set({ parentId: parent.id }).where(eq(orgUnits.id, unit.id));
    await tx
      .update(orgUnits)
      .set({ path: rewrite(orgUnits.path) })
      .where(columnUnder(orgUnits.path, oldPath));
    await tx
      .update(applications)
      .set({ stationPath: sql`${newPath} || substr(${applications.stationPath}, ${oldPath.length + 1})` })
      .where(columnUnder(applications.stationPath, oldPath));
    await tx
      .update(trafficViolations)
      .set({ orgPath: sql`${newPath} || substr(${trafficViolations.orgPath}, ${oldPath.length + 1})` })
      .where(columnUnder(trafficViolations.orgPath, oldPath));
    await recordAudit(tx, {
      actor: p.actor,
      action: "org.unit_moved",
      targetType: "org_unit",
      targetId: String(unit.id),
      details: { code: unit.code, before: oldPath, after: newPath },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { path: newPath };
  });
}
