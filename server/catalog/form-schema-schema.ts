import { z } from "zod";
import type { FormSchema, TextFormat } from "@/server/applications/form-schema";

/**
 * The stored shape of a service's online form (server/applications/form-schema.ts), strict so a typo in an
 * admin's JSON ("requried") is reported instead of silently ignored. Cross-field rules (unique keys,
 * conditions, routing) are in validateServiceConfig, which reports them at the field they concern.
 */
const fieldKey = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, "i18n:serviceConfig.validation.fieldKey")
  .max(64);
const label = z.string().trim().min(1, "i18n:serviceConfig.validation.required").max(60);
const labelEn = z.string().trim().min(1, "i18n:serviceConfig.validation.required").max(120);
const hint = z.string().trim().min(1, "i18n:serviceConfig.validation.required").max(300);

/** Every named format, so adding one to TextFormat fails to compile until the editor accepts it too. */
const textFormats = {
  person_name: "person_name",
  birth_certificate: "birth_certificate",
  property_certificate: "property_certificate",
  document_number: "document_number",
  plate_number: "plate_number",
} as const satisfies Record<TextFormat, TextFormat>;

const option = z.strictObject({ value: z.string().trim().min(1).max(40), label, labelEn });

const field = z.strictObject({
  key: fieldKey,
  type: z.enum(["text", "textarea", "date", "select", "radio", "phone", "id_number", "resident", "station", "address"]),
  label,
  labelEn,
  hint: hint.optional(),
  hintEn: hint.optional(),
  required: z.boolean().optional(),
  maxLength: z.number().int().min(1).max(5000).optional(),
  options: z.array(option).min(1).max(100).optional(),
  showIf: z.strictObject({ field: fieldKey, in: z.array(z.string().min(1)).min(1).max(100) }).optional(),
  dateRule: z.enum(["past", "future", "any"]).optional(),
  format: z.enum(textFormats).optional(),
  sex: z.enum(["M", "F"]).optional(),
  statuses: z
    .array(z.enum(["active", "deceased", "moved_out", "cancelled"]))
    .min(1)
    .optional(),
  household: z.enum(["applicant", "other"]).optional(),
});

const stationRoute = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("applicant") }),
  z.strictObject({ kind: z.literal("station_field"), field: fieldKey }),
  z.strictObject({ kind: z.literal("resident_field"), field: fieldKey }),
]);

export const formSchemaSchema = z.strictObject({
  version: z.literal(1),
  sections: z
    .array(
      z.strictObject({
        key: fieldKey,
        title: label,
        titleEn: labelEn,
        fields: z.array(field).min(1).max(60),
      }),
    )
    .min(1)
    .max(20),
  routing: z.union([
    stationRoute,
    z.strictObject({ kind: z.literal("choice"), field: fieldKey, map: z.record(z.string(), stationRoute) }),
  ]),
}) satisfies z.ZodType<FormSchema>;
