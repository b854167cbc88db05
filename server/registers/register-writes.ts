import "server-only";
import { and, eq, ne, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { residents } from "@/db/schema";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import type { RegisterDefinition } from "./register-definition";
import { columnKey, type LoadedRecord, recordSubject } from "./register-rows";

/** Checked values made ready to write: the row by column name, and per field what the loader reads back. */
export type WritableValues = {
  row: Record<string, unknown>;
  /** By field key, as LoadedRecord.stored holds it (an ID number as its keyed hash). */
  stored: Record<string, unknown>;
};

/** Applies the register's cross-field rules; their problems are bad input, named by field. */
export function refineValues(def: RegisterDefinition, values: Record<string, unknown>): Record<string, unknown> {
  if (!def.refine) return values;
  const refined = def.refine(values);
  if ("errors" in refined) throw new DomainError("BAD_INPUT", {}, refined.errors);
  return refined.values;
}

/**
 * The row to write for the values given (fields left out, and ID numbers left empty on an edit, are not
 * touched). An ID number is stored as the seed stores it: the keyed hash and the ciphertext, or the person's
 * row in the population register — a number not registered there is bad input.
 */
export async function writableValues(
  tx: Db,
  def: RegisterDefinition,
  values: Record<string, unknown>,
): Promise<WritableValues> {
  const row: Record<string, unknown> = {};
  const stored: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const f of def.fields) {
    const value = values[f.key];
    if (value === undefined) continue;
    if ("column" in f) {
      row[columnKey(def.table, f.column)] = value;
      stored[f.key] = value;
      continue;
    }
    if (value === null) continue;
    const hash = hashPii("id", String(value));
    stored[f.key] = hash;
    if ("hashColumn" in f) {
      row[columnKey(def.table, f.hashColumn)] = hash;
      row[columnKey(def.table, f.encColumn)] = encryptPii(String(value));
      continue;
    }
    const [person] = await tx.select({ id: residents.id }).from(residents).where(eq(residents.idNumberHash, hash));
    if (person) row[columnKey(def.table, f.residentColumn)] = person.id;
    else problems[f.key] = "registers.personNotInRegister";
  }
  if (Object.keys(problems).length) throw new DomainError("BAD_INPUT", {}, problems);
  return { row, stored };
}

/**
 * The register number (the unique fields together) may be on one record only: a second one is refused with
 * the field named, before the database's own unique index would refuse it less helpfully.
 */
export async function assertUniqueEntry(
  tx: Db,
  def: RegisterDefinition,
  stored: Record<string, unknown>,
  exceptId?: string,
): Promise<void> {
  const columns = def.unique.map((key) => {
    const field = def.fields.find((f) => f.key === key);
    if (!field || !("column" in field)) throw new Error(`${def.key}: unique field ${key} has no column`);
    return eq(field.column, stored[key]);
  });
  if (!columns.length) return;
  const where: SQL[] = exceptId ? [...columns, ne(def.id, exceptId)] : columns;
  const [taken] = await tx
    .select({ id: def.id })
    .from(def.table)
    .where(and(...where))
    .limit(1);
  if (taken) throw new DomainError("REGISTER_ENTRY_EXISTS", {}, { [def.unique.at(-1)!]: "registers.entryExists" });
}

/**
 * Writes a loaded record's changed columns (none is fine: an edit that changed nothing is still audited) and
 * its audit entry under the person it is about, in the caller's transaction.
 */
export async function writeRegisterChange(
  tx: Db,
  p: AuditTrail & {
    def: RegisterDefinition;
    record: LoadedRecord;
    row: Record<string, unknown>;
    action: "register.update" | "register.status";
    details: Record<string, unknown>;
  },
): Promise<void> {
  if (Object.keys(p.row).length) {
    await tx
      .update(p.def.table)
      .set(p.row as never)
      .where(eq(p.def.id, p.record.id));
  }
  await recordAudit(tx, {
    actor: p.actor,
    action: p.action,
    targetType: p.def.key,
    targetId: p.record.id,
    subjectIdHash: recordSubject(p.def, p.record),
    details: { register: p.def.key, ...p.details },
    ip: p.ip,
    correlationId: p.correlationId,
  });
}
