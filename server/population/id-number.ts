import { chinaToday } from "@/server/dates/china-today";
import { isDivisionCode } from "./is-division-code";

/**
 * GB 11643-1999 citizen identity numbers: 6-digit region code (GB/T 2260, the code in force when the number
 * was issued), birth date YYYYMMDD, 3-digit sequence (odd 17th digit = male, even = female), and an
 * ISO 7064 MOD 11-2 check character.
 */
export type IdNumberCheck =
  | { ok: true; regionCode: string; birthDate: string; sex: "M" | "F" }
  | { ok: false; reason: "format" | "checksum" | "region" | "birthdate" };

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = "10X98765432";
const earliestBirthDate = "1900-01-01";

/** The check character for the first 17 digits. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error("the check digit needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/**
 * Validates a number as typed by a person (a lower-case x is accepted). `today` is the date in China,
 * injectable so the "not in the future" rule is testable.
 */
export function validateIdNumber(id: string, today: string = chinaToday()): IdNumberCheck {
  if (!/^[1-9]\d{16}[\dXx]$/.test(id)) return { ok: false, reason: "format" };
  const normalised = id.toUpperCase();
  if (idNumberCheckDigit(normalised.slice(0, 17)) !== normalised[17]) return { ok: false, reason: "checksum" };
  if (!isDivisionCode(id.slice(0, 6))) return { ok: false, reason: "region" };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < earliestBirthDate || birthDate > today) {
    return { ok: false, reason: "birthdate" };
  }
  return { ok: true, regionCode: id.slice(0, 6), birthDate, sex: Number(id[16]) % 2 === 1 ? "M" : "F" };
}

/** Builds a valid number; the sequence's last digit decides the sex (odd = male). */
export function makeIdNumber(regionCode6: string, birthDate: string, sequence3: string | number): string {
  const sequence = String(sequence3).padStart(3, "0");
  if (!isDivisionCode(regionCode6)) throw new Error(`invalid region code: ${regionCode6}`);
  if (!isCalendarDate(birthDate) || birthDate < earliestBirthDate) throw new Error(`invalid birth date: ${birthDate}`);
  if (!/^\d{3}$/.test(sequence)) throw new Error(`invalid sequence: ${sequence3}`);
  const first17 = regionCode6 + birthDate.replaceAll("-", "") + sequence;
  return first17 + idNumberCheckDigit(first17);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
