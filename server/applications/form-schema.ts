/**
 * The online form of a service, stored as JSON in services.form_schema: the application engine renders it,
 * validates answers against it, checks the people it names against the register and routes the case with it.
 * Everything here must stay plain JSON (no functions, no RegExp), so admins can keep it in the database.
 */
export type FormFieldType =
  "text" | "textarea" | "date" | "select" | "radio" | "phone" | "id_number" | "resident" | "station" | "address";

/** Named formats for text fields; the patterns live in code, so a stored schema can never carry a bad regex. */
export type TextFormat =
  | "person_name"
  | "birth_certificate"
  | "property_certificate"
  | "document_number"
  /** A mainland motor-vehicle plate (GA 36), ordinary or new-energy: 豫A12345, 豫AD12345. */
  | "plate_number";

export type ResidentStatus = "active" | "deceased" | "moved_out" | "cancelled";

export type FieldOption = { value: string; label: string; labelEn: string };

export type FormField = {
  key: string;
  type: FormFieldType;
  label: string;
  labelEn: string;
  hint?: string;
  hintEn?: string;
  required?: boolean;
  /** Characters; text-like fields default to 200, textarea to 1000. */
  maxLength?: number;
  /** select and radio: the only values accepted. */
  options?: FieldOption[];
  /** Only shown and validated when another field has one of these values. */
  showIf?: { field: string; in: string[] };
  /** date: "past" = not after today, "future" = not before today (China date). */
  dateRule?: "past" | "future" | "any";
  /** text: a format checked on submission. */
  format?: TextFormat;
  /** resident: the register's sex for this person (a father must be male). */
  sex?: "M" | "F";
  /** resident: register states accepted; only "active" when not given. */
  statuses?: ResidentStatus[];
  /** resident: must ("applicant") or must not ("other") be in the applicant's own household. */
  household?: "applicant" | "other";
};

export type FormSection = { key: string; title: string; titleEn: string; fields: FormField[] };

/** One way to find the handling station: the applicant's household, a chosen station, or a named person's household. */
export type StationRoute =
  { kind: "applicant" } | { kind: "station_field"; field: string } | { kind: "resident_field"; field: string };

export type FormRouting =
  | StationRoute
  /** The answer to `field` picks the route, e.g. 出生登记 joins the father's or the mother's household. */
  | { kind: "choice"; field: string; map: Record<string, StationRoute> };

export type FormSchema = {
  version: 1;
  sections: FormSection[];
  /** Which police station handles the case. */
  routing: FormRouting;
};

/** The value of a resident field: a person who must be in the register under this name. */
export type ResidentValue = { idNumber: string; name: string };

export const defaultMaxLength = 200;
export const textareaMaxLength = 1000;

export function schemaFields(schema: FormSchema): FormField[] {
  return schema.sections.flatMap((s) => s.fields);
}

export function maxLengthOf(field: FormField): number {
  return field.maxLength ?? (field.type === "textarea" ? textareaMaxLength : defaultMaxLength);
}

/**
 * Whether a field is shown for these answers: its condition holds and the field it depends on is itself
 * shown. `valueOf` reads the controlling field's current answer.
 */
export function isFieldShown(
  field: FormField,
  fieldsByKey: ReadonlyMap<string, FormField>,
  valueOf: (key: string) => unknown,
): boolean {
  let current: FormField | undefined = field;
  // A chain longer than the number of fields can only be a cycle; the schema tests refuse those.
  for (let depth = 0; current?.showIf && depth <= fieldsByKey.size; depth++) {
    const answer = valueOf(current.showIf.field);
    if (typeof answer !== "string" || !current.showIf.in.includes(answer.trim())) return false;
    current = fieldsByKey.get(current.showIf.field);
  }
  return true;
}
