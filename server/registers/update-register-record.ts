import "server-only";
import type { Db } from "@/db/client";
import type { AuditTrail } from "@/server/accounts/actor";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadRegisterRecordForActor } from "./load-register-record-for-actor";
import type { RegisterDefinition } from "./register-definition";
import { columnKey, recordTitle } from "./register-rows";
import { assertUniqueEntry, refineValues, writableValues, writeRegisterChange } from "./register-writes";

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
    await writeRegisterChange(tx, {
      ...p,
      record,
      row,
      action: "register.update",
      details: { record: recordTitle(def, current), fields: changed },
    });
    return { id: p.id };
  });
}
