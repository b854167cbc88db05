import { type FormSchema, schemaFields } from "@/server/applications/form-schema";

export type AnswerLine = { key: string; label: string; labelEn: string; value: string; valueEn: string };

/**
 * The answers as the form asked them, in its order, for the report pages: options by their label, a
 * station by its name. Answers to fields the form no longer has are left out; they are kept in the row.
 */
export function describeAnswers(
  schema: FormSchema,
  answers: Record<string, unknown>,
  stationNames: ReadonlyMap<number, { name: string; nameEn: string | null }>,
): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const field of schemaFields(schema)) {
    const answer = answers[field.key];
    if (answer === undefined || answer === null || answer === "") continue;
    let value = String(answer);
    let valueEn = value;
    if (field.type === "station" && typeof answer === "number") {
      const station = stationNames.get(answer);
      value = station?.name ?? value;
      valueEn = station?.nameEn ?? value;
    } else if (field.options) {
      const option = field.options.find((o) => o.value === answer);
      value = option?.label ?? value;
      valueEn = option?.labelEn ?? value;
    }
    lines.push({ key: field.key, label: field.label, labelEn: field.labelEn, value, valueEn });
  }
  return lines;
}
