import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { OfficerRole } from "@/server/accounts/session-user";
import type { DeskUnitType } from "@/server/applications/engine-config";
import type { RegisterKey } from "./register-keys";
import type { IdNumberField, RegisterField, TextField } from "./register-fields";

/**
 * Which units may keep a register's records: police stations, county or city bureaus, or a city's desk of a
 * type (网安, 治安…). A record's keeping unit is always one of these, inside the officer's subtree.
 */
export type KeeperKind = "station" | "county" | "city" | DeskUnitType;

/** A field of the kit bound to where it is stored. */
export type StoredField =
  | (Exclude<RegisterField, IdNumberField> & { column: AnyPgColumn })
  /** Kept as the keyed hash and the ciphertext, as the seed stores it. */
  | (IdNumberField & { hashColumn: AnyPgColumn; encColumn: AnyPgColumn })
  /** Kept as the person in the population register: the number must be registered there. */
  | (IdNumberField & { residentColumn: AnyPgColumn });

/** What entering a status also writes: today's date into a column, nulls, or a note the officer gives. */
export type StatusEffect = {
  stamp?: AnyPgColumn;
  clear?: readonly AnyPgColumn[];
  note?: { field: TextField; column: AnyPgColumn };
};

export type RegisterStatus = {
  column: AnyPgColumn;
  values: readonly [string, ...string[]];
  /** The status a new record starts in. */
  initial: string;
  /** The statuses each status may move to; a status missing here is final. */
  transitions: Readonly<Record<string, readonly string[]>>;
  effects?: Readonly<Record<string, StatusEffect>>;
  /** How each status reads at a glance in the list. */
  tones: Readonly<Record<string, StatusTone>>;
};

export type StatusTone = "success" | "warning" | "neutral" | "destructive";

/** What a cross-field rule answers: the values as they will be stored, or the problems, field → key in `errors`. */
export type RegisterRefinement = { values: Record<string, unknown> } | { errors: Record<string, string> };

/**
 * One register of the desk, as configuration: the table, who maintains it and which units keep it, the
 * fields from the kit, the list, and the status machine. Texts come from registers.books.<key> in the
 * message catalogue (title, fields, values, statuses, actions), so a definition holds no wording.
 */
export type RegisterDefinition = {
  key: RegisterKey;
  table: PgTable;
  id: AnyPgColumn;
  /** The keeping unit (orgUnitId, handlingUnitId, heldBy): jurisdiction is decided by its place in the tree. */
  unit: AnyPgColumn;
  roles: readonly OfficerRole[];
  keepers: readonly KeeperKind[];
  fields: readonly StoredField[];
  /** The fields shown in the list, in order; the first names the record (and goes into its audit entries). */
  listFields: readonly string[];
  /** Text columns the desk's search looks in (an ID number typed in full is matched by its hash as well). */
  search: readonly AnyPgColumn[];
  /** Newest first by this column. */
  orderBy: AnyPgColumn;
  /** Fields that together may be on one record only (the register number), checked before writing. */
  unique: readonly string[];
  /**
   * Whether the desk adds records. Detentions and treatment decisions come with the family the decision
   * names (a register of their own, not kept here), so the desk corrects and closes them but does not add.
   */
  creates: boolean;
  status?: RegisterStatus;
  /** Stamped with the officer on every write, where the table keeps who changed it last. */
  updatedBy?: AnyPgColumn;
  /** Rules across fields, on the record as it will be (the stored values merged with the edit). */
  refine?: (values: Record<string, unknown>) => RegisterRefinement;
  /** The 查询 services answered from this register, so the desk can point at what the public sees. */
  queries: readonly string[];
};

/** Binds a field of the kit to its column. */
export function stored<F extends Exclude<RegisterField, IdNumberField>>(field: F, column: AnyPgColumn) {
  return { ...field, column } satisfies StoredField;
}
