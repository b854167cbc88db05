import { z } from "zod";
import { subjectKeySchema } from "@/server/audit/subject-key-schema";

/** A page's `searchParams` as Next.js hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads the address bar into typed values, one schema per key. A key given twice counts by its first value;
 * blank values count as absent. A value its schema refuses (a hand-edited URL) falls back to what the schema
 * gives for "absent" — its default, else undefined — so a bad query string never fails the page.
 */
export function parseSearchParams<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  query: SearchParams,
): { [K in keyof Shape]: z.output<Shape[K]> } {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const raw = query[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
    const parsed = schema.safeParse(value);
    out[key] = parsed.success ? parsed.data : schema.safeParse(undefined).data;
  }
  return out as { [K in keyof Shape]: z.output<Shape[K]> };
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The schemas address-bar values need again and again. */
export const searchParam = {
  /** A page number of a paged list: 1 when absent or not a sane page. */
  page: () => z.coerce.number().int().min(1).max(100_000).default(1),
  /** A positive whole number (an id), else undefined. */
  id: () => z.coerce.number().int().positive().optional(),
  /** One of the given values, else undefined. */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional(),
  /** Free text, cut to `max` characters. */
  text: (max: number) =>
    z
      .string()
      .transform((s) => s.slice(0, max))
      .optional(),
  /** A person's audit key (server/audit/subject-key-schema.ts), else undefined. */
  personKey: () => subjectKeySchema.optional(),
  /** A real calendar day as YYYY-MM-DD (not 2026-02-30), else undefined. */
  day: () =>
    z
      .string()
      .refine((v) => {
        if (!dayPattern.test(v)) return false;
        const date = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
      })
      .optional(),
};
