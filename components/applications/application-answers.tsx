import Link from "next/link";
import { maskIdNumber } from "@/server/crypto/mask";
import {
  type FormField,
  type FormSchema,
  isFieldShown,
  type ResidentValue,
  schemaFields,
} from "@/server/applications/form-schema";

export type AnswerStation = { id: number; name: string; nameEn: string | null };

/** An answer as the citizen reads it back: option labels, a person's name with their ID number, a station's name. */
export function describeAnswer(
  field: FormField,
  value: unknown,
  p: { en: boolean; stations: readonly AnswerStation[]; maskIds: boolean },
): string | null {
  if (value === undefined || value === null || (typeof value === "string" && !value.trim())) return null;
  const id = (v: string) => (p.maskIds ? maskIdNumber(v) : v);
  switch (field.type) {
    case "select":
    case "radio": {
      const option = field.options?.find((o) => o.value === value);
      return option ? (p.en ? option.labelEn : option.label) : String(value);
    }
    case "resident": {
      const person = value as Partial<ResidentValue>;
      const shown = [person.name?.trim(), person.idNumber?.trim() ? id(person.idNumber.trim()) : null]
        .filter(Boolean)
        .join(" ");
      return shown || null;
    }
    case "id_number":
      return id(String(value));
    case "station": {
      const station = p.stations.find((s) => s.id === value);
      return station ? (p.en && station.nameEn) || station.name : String(value);
    }
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/**
 * The form's answers read back section by section, as on a paper form: label, answer, and where the page
 * allows it a "change" link and the problem the submission found with that answer. Fields hidden by
 * the other answers are left out, exactly as the submission drops them.
 */
export function ApplicationAnswers({
  schema,
  values,
  stations,
  en,
  emptyLabel,
  maskIds = false,
  hideEmpty = false,
  only,
  errors = {},
  change,
}: {
  schema: FormSchema;
  values: Record<string, unknown>;
  stations: readonly AnswerStation[];
  en: boolean;
  emptyLabel: string;
  maskIds?: boolean;
  /** Leave out questions that were not answered (optional ones), where the page only reports. */
  hideEmpty?: boolean;
  /** Show only these fields (a supplement's read-only part shows the rest). */
  only?: (field: FormField) => boolean;
  errors?: Record<string, string>;
  /** A "change" link per answer; `when` limits it to the answers that may still change. */
  change?: {
    href: (field: FormField) => string;
    label: (fieldLabel: string) => string;
    text: string;
    when?: (field: FormField) => boolean;
  };
}) {
  const fields = schemaFields(schema);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const valueOf = (key: string) => values[key];
  const sections = schema.sections
    .map((section) => ({
      section,
      fields: section.fields.filter(
        (f) =>
          isFieldShown(f, byKey, valueOf) &&
          (!only || only(f)) &&
          (!hideEmpty || describeAnswer(f, values[f.key], { en, stations, maskIds }) !== null),
      ),
    }))
    .filter((s) => s.fields.length);

  return (
    <div className="flex flex-col gap-5">
      {sections.map(({ section, fields: shown }) => (
        <section key={section.key} aria-labelledby={`answers-${section.key}`} className="flex flex-col gap-2">
          <h3 id={`answers-${section.key}`} className="font-semibold">
            {en ? section.titleEn : section.title}
          </h3>
          <dl className="flex flex-col divide-y divide-border rounded-md border border-border">
            {shown.map((field) => {
              const label = en ? field.labelEn : field.label;
              const answer = describeAnswer(field, values[field.key], { en, stations, maskIds });
              const error = errors[field.key];
              return (
                <div
                  key={field.key}
                  id={`answer-${field.key}`}
                  className="grid gap-1 p-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-start sm:gap-4"
                >
                  <dt className="font-medium text-muted-foreground">{label}</dt>
                  <dd className="min-w-0 break-words">
                    {answer ?? <span className="text-muted-foreground">{emptyLabel}</span>}
                    {error ? (
                      <p id={`answer-${field.key}-error`} className="mt-1 font-medium text-destructive">
                        {error}
                      </p>
                    ) : null}
                  </dd>
                  {change && (!change.when || change.when(field)) ? (
                    <dd>
                      <Link
                        href={change.href(field)}
                        aria-label={change.label(label)}
                        aria-describedby={error ? `answer-${field.key}-error` : undefined}
                        className="inline-flex min-h-tap items-center text-primary underline underline-offset-4"
                      >
                        {change.text}
                      </Link>
                    </dd>
                  ) : null}
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
