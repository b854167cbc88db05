import "server-only";
import type { Db } from "@/db/client";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadKeepingUnit } from "./keeping-units";
import type { RegisterDefinition } from "./register-definition";
import { columnKey, recordTitle } from "./register-rows";
import { assertUniqueEntry, refineValues, writableValues } from "./register-writes";

export type CreateRegisterRecordParams = AuditTrail & {
  scope: Jurisdiction;
  def: RegisterDefinition;
  officerId: string;
  /** The keeping unit the officer chose inside their subtree; their own unit when left out. */
  orgUnitId?: number;
  /** Checked by the input schema built from the register's fields. */
  values: Record<string, unknown>;
};

/**
 * Adds a record kept by the officer's unit (or a keeping unit of their subtree), in its initial status, and
 * audits it under the person it is about. The public query reads it from the next request on.
 */
export async function createRegisterRecord(db: Db, p: CreateRegisterRecordParams): Promise<{ id: string }> {
  const { def } = p;
  if (!def.creates) throw new DomainError("FORBIDDEN");
  const values = refineValues(def, p.values);
  const unitId = await loadKeepingUnit(db, { scope: p.scope, def, unitId: p.orgUnitId });
  return db.transaction(async (tx) => {
    const { row, stored } = await writableValues(tx, def, values);
    await assertUniqueEntry(tx, def, stored);
    row[columnKey(def.table, def.unit)] = unitId;
    if (def.status) row[columnKey(def.table, def.status.column)] = def.status.initial;
    if (def.updatedBy) row[columnKey(def.table, def.updatedBy)] = p.officerId;
    const [inserted] = (await tx
      .insert(def.table)
      .values(row as never)
      .returning({ id: def.id })) as { id: string }[];
    if (!inserted) throw new Error(`createRegisterRecord ${def.key}: no row returned`);
    const subject = def.fields.find((f) => f.kind === "id-number");
    await recordAudit(tx, {
      actor: p.actor,
      action: "register.create",
      targetType: def.key,
      targetId: inserted.id,
      subjectIdHash: subject ? ((stored[subject.key] as string | undefined) ?? null) : null,
      details: { register: def.key, record: recordTitle(def, values) },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: inserted.id };
  });
}
