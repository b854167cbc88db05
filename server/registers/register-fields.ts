/**
 * The field kit of the register desk: every editable field of every register is one of these few kinds, so
 * one input schema builder, one form and one list renderer serve them all. Pure data and functions (no
 * database), so the builder is unit-tested on its own; what a field is stored in is the definition's business.
 */

type FieldBase = {
  /** The input's key and the field's message key (registers.books.<register>.fields.<key>). */
  key: string;
  /** May be left empty (stored as null). */
  optional?: boolean;
  /** Set when the record is created and never edited after: the register number the public query asks by. */
  fixed?: boolean;
};

/**
 * Text of `min` to `max` characters, trimmed. `normalise` turns what an officer typed into the stored form
 * (a host without "www.", a plate without separators) or null when it is not one, reported with `message`
 * (a key of `errors`); `pattern` checks the result, with the same message.
 */
export type TextField = FieldBase & {
  kind: "text";
  min: number;
  max: number;
  multiline?: boolean;
  pattern?: RegExp;
  normalise?: (typed: string) => string | null;
  message?: string;
  inputMode?: "numeric" | "text";
};

/** A calendar day (YYYY-MM-DD); `notFuture` refuses days after today in China. */
export type DateField = FieldBase & { kind: "date"; notFuture?: boolean };

/** One of fixed values, labelled by registers.books.<register>.values.<key>.<value>. */
export type EnumField = FieldBase & { kind: "enum"; values: readonly [string, ...string[]] };

export type IntegerField = FieldBase & { kind: "integer"; min: number; max: number };

/** An amount typed in yuan ("3280.5"), stored in fen. */
export type MoneyField = FieldBase & { kind: "money"; minFen: number; maxFen: number };

/** A decimal typed as text with at most `scale` decimals (kilograms to the gram), stored as numeric text. */
export type DecimalField = FieldBase & { kind: "decimal"; scale: number; max: number };

/** A list of short texts, one per line in the form (the streets of a community). */
export type TextArrayField = FieldBase & { kind: "text-array"; itemMax: number; maxItems: number };

/**
 * A GB 11643 ID number: typed in full, stored only as a keyed hash (and ciphertext) or as the link to the
 * person in the population register, and shown masked ever after. On an edit an empty input keeps it.
 */
export type IdNumberField = FieldBase & { kind: "id-number" };

export type RegisterField =
  TextField | DateField | EnumField | IntegerField | MoneyField | DecimalField | TextArrayField | IdNumberField;

export type RegisterFieldKind = RegisterField["kind"];

/** What a form sends for a field: text kinds as strings, integers as numbers, lists as arrays; null when empty. */
export type RegisterFieldInput = string | number | string[] | null;

export const text = (key: string, min: number, max: number, more: Partial<Omit<TextField, "kind">> = {}) =>
  ({ key, kind: "text", min, max, ...more }) satisfies TextField;
export const date = (key: string, more: Partial<Omit<DateField, "kind">> = {}) =>
  ({ key, kind: "date", ...more }) satisfies DateField;
export const choice = <const V extends readonly [string, ...string[]]>(
  key: string,
  values: V,
  more: Partial<Omit<EnumField, "kind" | "values">> = {},
) => ({ key, kind: "enum", values, ...more }) satisfies EnumField;
export const integer = (key: string, min: number, max: number, more: Partial<Omit<IntegerField, "kind">> = {}) =>
  ({ key, kind: "integer", min, max, ...more }) satisfies IntegerField;
export const money = (key: string, minFen: number, maxFen: number, more: Partial<Omit<MoneyField, "kind">> = {}) =>
  ({ key, kind: "money", minFen, maxFen, ...more }) satisfies MoneyField;
export const decimal = (key: string, scale: number, max: number, more: Partial<Omit<DecimalField, "kind">> = {}) =>
  ({ key, kind: "decimal", scale, max, ...more }) satisfies DecimalField;
export const textArray = (key: string, itemMax: number, maxItems: number) =>
  ({ key, kind: "text-array", itemMax, maxItems }) satisfies TextArrayField;
export const idNumber = (key: string, more: Partial<Omit<IdNumberField, "kind">> = {}) =>
  ({ key, kind: "id-number", ...more }) satisfies IdNumberField;

/** What a form needs to know of a field: plain data, handed from the server page to the client form. */
export type RegisterFieldView = {
  key: string;
  kind: RegisterFieldKind;
  optional: boolean;
  fixed: boolean;
  multiline: boolean;
  inputMode: "numeric" | "text" | "decimal";
  maxLength: number | undefined;
  values: readonly string[];
};

const longest: Partial<Record<RegisterFieldKind, number>> = { "id-number": 18, money: 14, decimal: 16 };

export function registerFieldView(field: RegisterField): RegisterFieldView {
  return {
    key: field.key,
    kind: field.kind,
    optional: !!field.optional,
    fixed: !!field.fixed,
    multiline: field.kind === "text" ? !!field.multiline : field.kind === "text-array",
    inputMode:
      field.kind === "text"
        ? (field.inputMode ?? "text")
        : field.kind === "integer"
          ? "numeric"
          : longest[field.kind]
            ? "decimal"
            : "text",
    maxLength: field.kind === "text" ? field.max : longest[field.kind],
    values: field.kind === "enum" ? field.values : [],
  };
}
