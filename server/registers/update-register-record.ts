import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadRegisterRecordForActor } from "./load-register-record-for-actor";
import type { RegisterDefinition } from "./register-definition";
import { columnKey, recordSubject, recordTitle } from "./register-rows";
import { assertUniqueEntry, refineValues, writableValues } from "./register-writes";

export type UpdateRegisterRecordParams = AuditTrail & {
  scope: Jurisdiction;
  def: RegisterDefinition;
  officerId: string;
  id: string;
  /** The editable fields, checked by the input schema; an ID number left empty (null) keeps the one on record. */
  values: Record<string, unknown>;
};

/**
 * Corrects a record kept inside the jurisdiction. The register's rules see the record as it will be (what is
 * stored merged with the edit); the audit entry names the fields that changed, never their values.
 */
export async function updateRegisterRecord(db: Db, p: UpdateRegisterRecordParams): Promise<{ id: string }> {
  const { def } = p;
  return db.transaction(async (tx) => {
    const record = await loadRegisterRecordForActor(tx, { scope: p.scope, def, id: p.id, forUpdate: true });
    const current = Object.fromEntries(def.fields.map((f) => [f.key, record.stored[f.key]]));
    const given = Object.fromEntries(
      Object.entries(p.values).filter(([key, value]) => {
        const field = def.fields.find((f) => f.key === key);
        return field && !field.fixed && !(field.kind === "id-number" && value === null);
      }),
    );
    const refined = refineValues(def, { ...current, ...given });
    const edit = Object.fromEntries(Object.keys(given).map((key) => [key, refined[key]]));
    const { row, stored } = await writableValues(tx, def, edit);
    const changed = Object.keys(stored).filter((key) => JSON.stringify(stored[key]) !== JSON.stringify(current[key]));
    if (changed.some((key) => def.unique.includes(key)))
      await assertUniqueEntry(tx, def, { ...current, ...stored }, p.id);
    if (def.updatedBy) row[columnKey(def.table, def.updatedBy)] = p.officerId;
    if (Object.keys(row).length) {
      await tx
        .update(def.table)
        .set(row as never)
        .where(eq(def.id, p.id));
    }
    await recordAudit(tx, {
      actor: p.actor,
      action: "register.update",
      targetType: def.key,
      targetId: p.id,
      subjectIdHash: recordSubject(def, record),
      details: { register: def.key, record: recordTitle(def, current), fields: changed },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: p.id };
  });
}
