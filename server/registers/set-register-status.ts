import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { AuditTrail } from "@/server/accounts/actor";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadRegisterRecordForActor } from "./load-register-record-for-actor";
import type { RegisterDefinition } from "./register-definition";
import { registerFieldSchema } from "./register-field-schema";
import { columnKey, recordTitle } from "./register-rows";
import { writeRegisterChange } from "./register-writes";

export type SetRegisterStatusParams = AuditTrail & {
  scope: Jurisdiction;
  def: RegisterDefinition;
  officerId: string;
  id: string;
  status: string;
  /** What the new status records, where it takes something (the forfeiture decision's number). */
  note?: string;
};

/**
 * Moves a record along the register's status machine — a refund, a release, a card reported lost — with
 * what the new status also records: today's date where a day is kept (the first day stays), a cleared date
 * when a revocation is undone, the decision number. Any other move is refused, and nothing is written.
 */
export async function setRegisterStatus(db: Db, p: SetRegisterStatusParams): Promise<{ id: string; status: string }> {
  const { def } = p;
  const machine = def.status;
  if (!machine) throw new DomainError("REGISTER_ILLEGAL_TRANSITION");
  const effect = machine.effects?.[p.status];
  let note: string | undefined;
  if (effect?.note) {
    const parsed = registerFieldSchema(effect.note.field, "create").safeParse(p.note ?? "");
    if (!parsed.success) {
      throw new DomainError("BAD_INPUT", {}, { note: `registers.notes.${effect.note.field.key}` });
    }
    note = parsed.data as string;
  }
  return db.transaction(async (tx) => {
    const record = await loadRegisterRecordForActor(tx, { scope: p.scope, def, id: p.id, forUpdate: true });
    const from = record.status ?? "";
    if (!(machine.transitions[from] ?? []).includes(p.status)) throw new DomainError("REGISTER_ILLEGAL_TRANSITION");
    const key = (column: Parameters<typeof columnKey>[1]) => columnKey(def.table, column);
    const row: Record<string, unknown> = { [key(machine.column)]: p.status };
    if (effect?.stamp) row[key(effect.stamp)] = sql`coalesce(${effect.stamp}, ${chinaToday()}::date)`;
    for (const column of effect?.clear ?? []) row[key(column)] = null;
    if (effect?.note) row[key(effect.note.column)] = note;
    if (def.updatedBy) row[key(def.updatedBy)] = p.officerId;
    await writeRegisterChange(tx, {
      ...p,
      record,
      row,
      action: "register.status",
      details: { record: recordTitle(def, record.stored), from, to: p.status },
    });
    return { id: p.id, status: p.status };
  });
}
