import { chinaToday } from "@/server/dates/china-today";
import { validateIdNumber } from "@/server/population/id-number";
import { isPersonName, normaliseName, personNameMaxLength } from "@/server/population/normalise-name";
import {
  type FormField,
  type FormSchema,
  isFieldShown,
  maxLengthOf,
  type ResidentValue,
  schemaFields,
  type TextFormat,
} from "./form-schema";

export type FormValidation = {
  /** The answers to keep: known fields only, normalised on submission, hidden fields dropped. */
  values: Record<string, unknown>;
  /** Field key → message key in the `errors` namespace ("form.required"); "_form" when the data is no object. */
  fieldErrors: Record<string, string>;
};

type Check = { ok: true; value: unknown } | { ok: false; error: string };

const idNumberLength = 18;
const optionMaxLength = 64;
const dateLength = 10;
const earliestDate = "1900-01-01";
const addressMinLength = 6;

/**
 * Checks a service's answers. "draft" (autosave of a half-filled form) only refuses values of the wrong
 * shape or length, so nothing a citizen typed is lost; "submit" applies every rule: required fields,
 * conditions (hidden answers are dropped), ID number checksums, phone numbers, date rules, options, formats.
 * Unknown keys are always dropped. Never throws, whatever JSON arrives.
 */
export function validateFormData(
  schema: FormSchema,
  data: unknown,
  mode: "draft" | "submit",
  options: { today?: string } = {},
): FormValidation {
  const values: Record<string, unknown> = {};
  const fieldErrors: Record<string, string> = {};
  if (!isPlainObject(data)) return { values, fieldErrors: { _form: "form.invalid" } };

  const fields = schemaFields(schema);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const today = options.today ?? chinaToday();
  const raw = (key: string) => (Object.hasOwn(data, key) ? data[key] : undefined);

  for (const field of fields) {
    const input = raw(field.key);
    if (mode === "submit" && !isFieldShown(field, byKey, raw)) continue;
    if (isEmpty(input)) {
      if (mode === "submit" && field.required) fieldErrors[field.key] = "form.required";
      continue;
    }
    const check = mode === "draft" ? checkShape(field, input) : checkAnswer(field, input, today);
    if (check.ok) values[field.key] = check.value;
    else fieldErrors[field.key] = check.error;
  }
  return { values, fieldErrors };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === "string") return v.trim() === "";
  if (isPlainObject(v) && ("idNumber" in v || "name" in v || Object.keys(v).length === 0)) {
    return isEmpty(v.idNumber) && isEmpty(v.name);
  }
  return false;
}

function checkShape(field: FormField, input: unknown): Check {
  switch (field.type) {
    case "station":
      return isStationId(input) ? { ok: true, value: input } : { ok: false, error: "form.station" };
    case "resident": {
      if (!isPlainObject(input)) return { ok: false, error: "form.residentIncomplete" };
      const { idNumber, name } = input;
      if (idNumber !== undefined && idNumber !== null && typeof idNumber !== "string") {
        return { ok: false, error: "form.idNumberFormat" };
      }
      if (name !== undefined && name !== null && typeof name !== "string")
        return { ok: false, error: "form.personName" };
      if ((idNumber?.length ?? 0) > idNumberLength) return { ok: false, error: "form.idNumberFormat" };
      if ((name?.length ?? 0) > personNameMaxLength) return { ok: false, error: "form.tooLong" };
      return { ok: true, value: { idNumber: idNumber ?? "", name: name ?? "" } };
    }
    default: {
      if (typeof input !== "string") return { ok: false, error: "form.notText" };
      return input.length > draftLimit(field) ? { ok: false, error: "form.tooLong" } : { ok: true, value: input };
    }
  }
}

function draftLimit(field: FormField): number {
  switch (field.type) {
    case "date":
      return dateLength;
    case "id_number":
      return idNumberLength;
    case "select":
    case "radio":
      return optionMaxLength;
    // Phone numbers are typed with spaces and dashes ("138 0013 8000"); the rule applies on submission.
    case "phone":
      return 20;
    default:
      return maxLengthOf(field);
  }
}

function checkAnswer(field: FormField, input: unknown, today: string): Check {
  const shape = checkShape(field, input);
  if (!shape.ok) return shape;
  const value = shape.value;
  switch (field.type) {
    case "station":
      return shape;
    case "resident":
      return checkResident(value as ResidentValue, today);
    case "id_number":
      return checkIdNumber((value as string).trim(), today);
    case "phone": {
      const phone = (value as string).replace(/[\s-]/g, "");
      return /^1[3-9]\d{9}$/.test(phone) ? { ok: true, value: phone } : { ok: false, error: "form.phone" };
    }
    case "date":
      return checkDate((value as string).trim(), field.dateRule ?? "any", today);
    case "select":
    case "radio": {
      const choice = (value as string).trim();
      return field.options?.some((o) => o.value === choice)
        ? { ok: true, value: choice }
        : { ok: false, error: "form.option" };
    }
    case "address": {
      const address = (value as string).trim().replace(/\s+/g, " ");
      return Array.from(address).length < addressMinLength
        ? { ok: false, error: "form.address" }
        : { ok: true, value: address };
    }
    default: {
      const text = (value as string).trim();
      return field.format ? formats[field.format](text) : { ok: true, value: text };
    }
  }
}

function checkResident(value: ResidentValue, today: string): Check {
  const idNumber = value.idNumber.trim();
  const name = normaliseName(value.name);
  if (!idNumber || !name) return { ok: false, error: "form.residentIncomplete" };
  const id = checkIdNumber(idNumber, today);
  if (!id.ok) return id;
  if (!isPersonName(name)) return { ok: false, error: "form.personName" };
  return { ok: true, value: { idNumber: id.value as string, name } satisfies ResidentValue };
}

function checkIdNumber(idNumber: string, today: string): Check {
  const check = validateIdNumber(idNumber, today);
  if (check.ok) return { ok: true, value: idNumber.toUpperCase() };
  const error = {
    format: "form.idNumberFormat",
    checksum: "form.idNumberChecksum",
    region: "form.idNumberRegion",
    birthdate: "form.idNumberBirthdate",
  };
  return { ok: false, error: error[check.reason] };
}

function checkDate(value: string, rule: "past" | "future" | "any", today: string): Check {
  if (!isCalendarDate(value) || value < earliestDate) return { ok: false, error: "form.date" };
  if (rule === "past" && value > today) return { ok: false, error: "form.dateNotPast" };
  if (rule === "future" && value < today) return { ok: false, error: "form.dateNotFuture" };
  return { ok: true, value };
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isStationId(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0;
}

/** Province abbreviations that open a 不动产权证书 number: 豫(2023)郑州市不动产权第0123456号. */
const provinceAbbreviations = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新";

const compact = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

function matching(pattern: RegExp, error: string, normalise: (s: string) => string = compact) {
  return (text: string): Check => {
    const value = normalise(text);
    return pattern.test(value) ? { ok: true, value } : { ok: false, error };
  };
}

const formats: Record<TextFormat, (text: string) => Check> = {
  person_name: (text) => {
    const value = normaliseName(text);
    return isPersonName(value) ? { ok: true, value } : { ok: false, error: "form.personName" };
  },
  // The sixth edition (2014) of the 出生医学证明 is numbered with one letter and nine digits.
  birth_certificate: matching(/^[A-Z]\d{9}$/, "form.birthCertificate", (s) => compact(s).toUpperCase()),
  property_certificate: matching(
    new RegExp(`^[${provinceAbbreviations}]\\(\\d{4}\\)\\p{Script=Han}{1,20}不动产权第\\d{7}号$`, "u"),
    "form.propertyCertificate",
  ),
  // Certificates and letters are numbered every way (J410105-2020-001234, 豫人社调〔2026〕12号).
  document_number: matching(/^[\p{L}\p{N}()〔〕[\]【】\-‐—_/.·]{2,40}$/u, "form.documentNumber"),
  // The plate type is a separate answer, so either serial length passes here; I and O never appear in one.
  plate_number: matching(
    new RegExp(`^[${provinceAbbreviations}][A-HJ-Z][A-HJ-NP-Z0-9]{5,6}$`, "u"),
    "form.plateNumber",
    (s) =>
      compact(s)
        .replace(/[·•・.-]/g, "")
        .toUpperCase(),
  ),
};
