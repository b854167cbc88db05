import { z } from "zod";
import type { ServiceGuide } from "@/db/schema";

/**
 * The shape an admin may save for a service: strict (no unknown keys anywhere), with limits that keep a
 * guide readable on a phone. Shared by the tRPC input and the edit form, which runs it before sending
 * to show each problem beside its field. Custom messages are `i18n:` keys of the catalogAdmin namespace.
 */
const text = (max: number) => z.string().trim().min(1, "i18n:catalogAdmin.validation.required").max(max);
const optionalText = (max: number) => z.string().trim().max(max);

export const materialKeyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const sampleFilePattern = /^\/samples\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:pdf|png)$/;
/** Fees above 100 000 yuan are not a police fee: most likely a slip of the decimal point. */
export const maxFeeFen = 10_000_000;

export const serviceMaterialSchema = z.strictObject({
  key: z.string().trim().regex(materialKeyPattern, "i18n:catalogAdmin.validation.materialKey").max(40),
  name: text(60),
  description: text(500),
  required: z.boolean(),
  sampleFile: z.string().trim().regex(sampleFilePattern, "i18n:catalogAdmin.validation.samplePath").optional(),
  originalAtWindow: z.boolean().optional(),
});

export const serviceGuideSchema = z
  .strictObject({
    eligibility: text(2000),
    steps: z
      .array(z.strictObject({ title: text(60), detail: text(1000) }))
      .min(1, "i18n:catalogAdmin.validation.atLeastOneStep")
      .max(20),
    materials: z.array(serviceMaterialSchema).max(30),
    fees: z
      .array(
        z.strictObject({
          item: text(60),
          amountFen: z
            .number()
            .int("i18n:catalogAdmin.validation.amount")
            .min(0, "i18n:catalogAdmin.validation.amount")
            .max(maxFeeFen, "i18n:catalogAdmin.validation.amount"),
          basis: optionalText(300).optional(),
        }),
      )
      .max(20),
    timeLimitDays: z
      .number()
      .int("i18n:catalogAdmin.validation.days")
      .min(1, "i18n:catalogAdmin.validation.days")
      .max(365, "i18n:catalogAdmin.validation.days")
      .nullable(),
    timeLimitNote: text(500),
    window: text(200),
    legalBasis: z.array(text(200)).min(1, "i18n:catalogAdmin.validation.atLeastOneBasis").max(20),
    notes: z.array(text(500)).max(20).optional(),
  })
  .superRefine((guide, ctx) => {
    const seen = new Set<string>();
    guide.materials.forEach((m, i) => {
      if (seen.has(m.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["materials", i, "key"],
          message: "i18n:catalogAdmin.validation.duplicateKey",
        });
      }
      seen.add(m.key);
    });
  }) satisfies z.ZodType<ServiceGuide>;

export const serviceEditSchema = z.strictObject({
  name: text(60),
  nameEn: text(120),
  summary: text(300),
  synonyms: z.array(text(30)).max(20),
  maintenance: z.boolean(),
  guide: serviceGuideSchema,
});

export type ServiceEdit = z.infer<typeof serviceEditSchema>;
