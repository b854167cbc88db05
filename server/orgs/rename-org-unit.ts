import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";

/** Renames a unit; its code and place in the tree stay, so nothing filed under it moves. */
export async function renameOrgUnit(
  db: Db,
  p: {
    unitId: number;
    name: string;
    nameEn: string | null;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.id, p.unitId)).for("update");
    if (!unit) throw new DomainError("NOT_FOUND");
    if (unit.name === p.name && unit.nameEn === p.nameEn) return;
    await tx.update(orgUnits).set({ name: p.name, nameEn: p.nameEn }).where(eq(orgUnits.id, unit.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: "org.unit_renamed",
      targetType: "org_unit",
      targetId: String(unit.id),
      details: {
        code: unit.code,
        before: { name: unit.name, nameEn: unit.nameEn },
        after: { name: p.name, nameEn: p.nameEn },
      },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
}
