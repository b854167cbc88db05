import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";

export type CreateStationParams = {
  parentId: number;
  /** Eight digits: the county's six-digit code and a two-digit station number, as the register codes them. */
  code: string;
  name: string;
  nameEn: string | null;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/** Opens a new police station under a county bureau; officers can be placed in it at once. */
export async function createStation(db: Db, p: CreateStationParams): Promise<{ id: number; path: string }> {
  return db.transaction(async (tx) => {
    const [parent] = await tx.select().from(orgUnits).where(eq(orgUnits.id, p.parentId)).for("update");
    if (!parent || parent.level !== "county") throw new DomainError("ORG_UNIT_PARENT_INVALID");
    if (!p.code.startsWith(parent.code) || p.code.length !== parent.code.length + 2) {
      throw new DomainError("BAD_INPUT", {}, { code: "ORG_UNIT_CODE_FORMAT" });
    }
    const [taken] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, p.code));
    if (taken) throw new DomainError("ORG_UNIT_CODE_TAKEN", { code: p.code });
    const path = `${parent.path}${p.code}/`;
    const [row] = await tx
      .insert(orgUnits)
      .values({ code: p.code, name: p.name, nameEn: p.nameEn, level: "station", parentId: parent.id, path })
      .returning({ id: orgUnits.id, path: orgUnits.path });
    if (!row) throw new Error("createStation: no row");
    await recordAudit(tx, {
      actor: p.actor,
      action: "org.unit_created",
      targetType: "org_unit",
      targetId: String(row.id),
      details: { code: p.code, name: p.name, parent: parent.code },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return row;
  });
}
