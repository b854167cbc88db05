import { z } from "zod";
import { chinaToday } from "@/server/dates/china-today";
import { yuanAmount } from "@/server/money/yuan-amount";
import { idNumberProblem } from "@/server/population/id-number-problem";
import type { RegisterField } from "./register-fields";

/** Creating asks for every field; editing leaves out the fixed ones and lets an empty ID number stand for "keep". */
export type RegisterFormMode = "create" | "update";

const required = "i18n:errors.form.required";

/** Empty inputs ("" or nothing) become null, so an optional field clears. */
const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** A required text kind reads a missing value as "", so it is refused as required rather than as a wrong type. */
const missingToEmpty = (value: unknown) => (value === null || value === undefined ? "" : value);

const textKinds: readonly RegisterField["kind"][] = ["text", "money", "decimal", "id-number"];

function textSchema(field: Extract<RegisterField, { kind: "text" }>) {
  const message = `i18n:errors.${field.message ?? "form.notText"}`;
  return z
    .string()
    .trim()
    .min(1, required)
    .min(field.min)
    .max(field.max)
    .transform((typed, ctx) => {
      const value = field.normalise ? field.normalise(typed) : typed;
      if (value === null || (field.pattern && !field.pattern.test(value))) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });
}

function dateSchema(field: Extract<RegisterField, { kind: "date" }>) {
  const day = z.iso.date("i18n:errors.form.date");
  return field.notFuture ? day.refine((d) => d <= chinaToday(), "i18n:errors.form.dateNotPast") : day;
}

function decimalSchema(field: Extract<RegisterField, { kind: "decimal" }>) {
  const message = "i18n:errors.registers.decimal";
  return z
    .string()
    .trim()
    .min(1, required)
    .regex(new RegExp(`^(0|[1-9]\\d{0,11})(\\.\\d{1,${field.scale}})?$`), message)
    .refine((v) => Number(v) > 0 && Number(v) <= field.max, message);
}

function idNumberSchema() {
  return z
    .string()
    .trim()
    .min(1, required)
    .toUpperCase()
    .superRefine((typed, ctx) => {
      const problem = idNumberProblem(typed);
      if (problem) ctx.addIssue({ code: "custom", message: `i18n:errors.${problem}` });
    });
}

/** The value's own schema, before "may it be empty" is decided. */
function valueSchema(field: RegisterField): z.ZodType {
  switch (field.kind) {
    case "text":
      return textSchema(field);
    case "date":
      return dateSchema(field);
    case "enum":
      return z.enum(field.values, "i18n:errors.form.option");
    case "integer":
      return z.int().min(field.min).max(field.max);
    case "money":
      return yuanAmount({ minFen: field.minFen, maxFen: field.maxFen });
    case "decimal":
      return decimalSchema(field);
    case "text-array":
      return z
        .array(z.string().trim().min(1, required).max(field.itemMax))
        .min(field.optional ? 0 : 1, required)
        .max(field.maxItems);
    case "id-number":
      return idNumberSchema();
  }
}

/**
 * One field's input schema. Text kinds arrive as strings, integers as numbers, lists as arrays; an empty
 * optional field is null. On an edit an empty ID number is null too, meaning "keep the one on record": the
 * desk never shows it, so the officer types it only to change it.
 */
export function registerFieldSchema(field: RegisterField, mode: RegisterFormMode): z.ZodType {
  const keepsWhenEmpty = field.kind === "id-number" && mode === "update";
  const value = valueSchema(field);
  if (field.kind === "text-array") return value;
  if (field.optional || keepsWhenEmpty) return z.preprocess(emptyToNull, value.nullable());
  return textKinds.includes(field.kind) ? z.preprocess(missingToEmpty, value) : z.preprocess(emptyToNull, value);
}

/** The input shape of a register's record: every field on create, the editable ones on an edit. */
export function registerRecordShape(fields: readonly RegisterField[], mode: RegisterFormMode) {
  return Object.fromEntries(
    fields.filter((f) => mode === "create" || !f.fixed).map((f) => [f.key, registerFieldSchema(f, mode)]),
  ) as Record<string, z.ZodType>;
}
