import "server-only";
import { getTableColumns, inArray } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { orgUnits, residents } from "@/db/schema";
import { maskIdNumber } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import type { RegisterDefinition, StoredField } from "./register-definition";
import type { RegisterFieldInput } from "./register-fields";

/** A record as the desk shows and edits it: never an ID number in full, only masked. */
export type RegisterRecord = {
  id: string;
  unitId: number;
  unitName: string;
  unitNameEn: string | null;
  status: string | null;
  /** The fields' values as the form sends them back (amounts in yuan); ID numbers are not among them. */
  values: Record<string, RegisterFieldInput>;
  /** ID numbers, masked: 4101**********1234. */
  masked: Record<string, string>;
  /** What status changes wrote (the day refunded, a decision number), by column name. */
  details: Record<string, string | null>;
};

/** A record as the services read it: the stored values by field key, and who it is about. */
export type LoadedRecord = {
  id: string;
  unitId: number;
  unitName: string;
  unitNameEn: string | null;
  unitPath: string;
  status: string | null;
  /** Stored values by field key (amounts in fen); ID number fields hold their keyed hash. */
  stored: Record<string, unknown>;
  /** The ciphertext of each ID number field, for showing it masked. */
  encrypted: Record<string, string>;
};

const keysByTable = new WeakMap<PgTable, Map<AnyPgColumn, string>>();

/** The property name of a column in its table, the name inserts and updates are written with. */
export function columnKey(table: PgTable, column: AnyPgColumn): string {
  let keys = keysByTable.get(table);
  if (!keys) {
    keys = new Map(Object.entries(getTableColumns(table)).map(([key, c]) => [c as AnyPgColumn, key]));
    keysByTable.set(table, keys);
  }
  const key = keys.get(column);
  if (!key) throw new Error(`column ${column.name} is not a column of its register's table`);
  return key;
}

/** The columns status changes write, shown beside the status. */
export function detailColumns(def: RegisterDefinition): [string, AnyPgColumn][] {
  const columns = Object.values(def.status?.effects ?? {}).flatMap((e) => [e.stamp, e.note?.column]);
  const unique = [...new Set(columns.filter((c): c is AnyPgColumn => !!c))];
  return unique.map((c) => [columnKey(def.table, c), c]);
}

/** The select list of a record: its own columns, the keeping unit, and per field what it is stored in. */
export function recordSelection(def: RegisterDefinition): Record<string, AnyPgColumn> {
  const selection: Record<string, AnyPgColumn> = {
    id: def.id,
    unitId: def.unit,
    unitName: orgUnits.name,
    unitNameEn: orgUnits.nameEn,
    unitPath: orgUnits.path,
  };
  if (def.status) selection.status = def.status.column;
  for (const f of def.fields) {
    if ("column" in f) selection[`v:${f.key}`] = f.column;
    else if ("hashColumn" in f) {
      selection[`v:${f.key}`] = f.hashColumn;
      selection[`enc:${f.key}`] = f.encColumn;
    } else selection[`resident:${f.key}`] = f.residentColumn;
  }
  for (const [key, column] of detailColumns(def)) selection[`d:${key}`] = column;
  return selection;
}

/**
 * Rows as selected by recordSelection, made into LoadedRecords. A field stored as the person in the
 * population register is looked up there (one query for the page), for the keyed hash and the ciphertext.
 */
export async function loadedRecords(
  db: Db,
  def: RegisterDefinition,
  rows: readonly Record<string, unknown>[],
): Promise<LoadedRecord[]> {
  const residentFields = def.fields.filter((f) => "residentColumn" in f);
  const residentIds = [...new Set(rows.flatMap((r) => residentFields.map((f) => r[`resident:${f.key}`] as string)))];
  const people = residentIds.length
    ? await db
        .select({ id: residents.id, hash: residents.idNumberHash, enc: residents.idNumberEnc })
        .from(residents)
        .where(inArray(residents.id, residentIds))
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows.map((row) => {
    const stored: Record<string, unknown> = {};
    const encrypted: Record<string, string> = {};
    for (const f of def.fields) {
      if ("residentColumn" in f) {
        const person = byId.get(row[`resident:${f.key}`] as string);
        if (person) {
          stored[f.key] = person.hash;
          encrypted[f.key] = person.enc;
        }
      } else {
        stored[f.key] = row[`v:${f.key}`];
        if ("encColumn" in f) encrypted[f.key] = row[`enc:${f.key}`] as string;
      }
    }
    for (const [key] of detailColumns(def)) stored[`d:${key}`] = row[`d:${key}`];
    return {
      id: row.id as string,
      unitId: row.unitId as number,
      unitName: row.unitName as string,
      unitNameEn: (row.unitNameEn as string | null) ?? null,
      unitPath: row.unitPath as string,
      status: (row.status as string | undefined) ?? null,
      stored,
      encrypted,
    };
  });
}

/** A stored value as the form shows it. */
function formValue(field: StoredField, value: unknown): RegisterFieldInput {
  if (value === null || value === undefined) return null;
  if (field.kind === "money") return fenToYuan(value as number);
  if (field.kind === "integer") return value as number;
  if (field.kind === "text-array") return value as string[];
  return String(value);
}

/** What the desk may see of a record. */
export function recordView(def: RegisterDefinition, record: LoadedRecord): RegisterRecord {
  const values: Record<string, RegisterFieldInput> = {};
  const masked: Record<string, string> = {};
  for (const f of def.fields) {
    if (f.kind === "id-number") {
      const enc = record.encrypted[f.key];
      masked[f.key] = enc ? maskIdNumber(decryptPii(enc)) : "";
    } else values[f.key] = formValue(f, record.stored[f.key]);
  }
  const details = Object.fromEntries(
    detailColumns(def).map(([key]) => [key, (record.stored[`d:${key}`] as string | null | undefined) ?? null]),
  );
  return {
    id: record.id,
    unitId: record.unitId,
    unitName: record.unitName,
    unitNameEn: record.unitNameEn,
    status: record.status,
    values,
    masked,
    details,
  };
}

/** The keyed hash of the person a record is about (its first ID number field), for the audit entry. */
export function recordSubject(def: RegisterDefinition, record: LoadedRecord): string | null {
  const field = def.fields.find((f) => f.kind === "id-number");
  return field ? ((record.stored[field.key] as string | undefined) ?? null) : null;
}

/** What names a record in an audit entry: its first list field, never personal data. */
export function recordTitle(def: RegisterDefinition, values: Record<string, unknown>): string {
  const first = def.listFields[0];
  return first ? String(values[first] ?? "") : "";
}
