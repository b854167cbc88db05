import { z } from "zod";

/**
 * Input pieces the public and family sources share. The generic page sends every field as a string, an
 * unchosen select or an empty date as "", so optional fields read "" as absent.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const optionalDay = z
  .union([z.literal(""), z.iso.date("form.date")])
  .optional()
  .transform((v) => v || undefined);

export const requiredText = (min: number, max: number, message: string) =>
  z.string().trim().min(min, message).max(max, message);

/** A person's name as typed: full-width spaces and the middle dot variants are the service's to normalise. */
export const personName = requiredText(1, 40, "form.personName");

/** A GB 11643 number as typed; the source checks its checksum and answers without saying whether it exists. */
export const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, "form.idNumberFormat");
