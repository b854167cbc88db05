// Pure (no crypto, no database): the printed slip formats the number in the browser.
import { readCrockford } from "@/server/numbering/crockford";

/**
 * The number as a person may type it: any case, with spaces or dashes from the printed grouping, and the
 * letters Crockford reads as digits (I and L as 1, O as 0).
 */
export function normaliseQueryNumber(typed: string): string {
  return readCrockford(typed.replace(/[\s\-－]/g, ""));
}

/** `K7Q2 M9XD 3HTR`: groups of four, as printed on the slip and in the SMS-free display. */
export function formatQueryNumber(number: string): string {
  return normaliseQueryNumber(number).replace(/(.{4})(?=.)/g, "$1 ");
}
