import type { Locale } from "@/server/i18n/config";
import type { OrgUnitRef } from "@/server/orgs/get-unit-chain";

/** An org unit's name in the reader's language; units without an English name keep the Chinese one. */
export function unitLabel(unit: Pick<OrgUnitRef, "name" | "nameEn">, locale: Locale): string {
  return locale === "en" && unit.nameEn ? unit.nameEn : unit.name;
}
