import type { getTranslations } from "next-intl/server";
import type { UserGroupRules } from "@/db/schema/catalog";
import type { Locale } from "@/server/i18n/config";

type Translate = Awaited<ReturnType<typeof getTranslations<"layouts">>>;
type City = { code: string; name: string; nameEn: string | null };

/** A group's rules as short phrases for the list of groups ("城市：郑州市", "名下有机动车"…). */
export function rulesSummary(t: Translate, rules: UserGroupRules, cities: City[], locale: Locale): string[] {
  const parts: string[] = [];
  if (rules.cityCodes?.length) {
    const names = rules.cityCodes.map((code) => {
      const city = cities.find((c) => c.code === code);
      return city ? (locale === "en" && city.nameEn ? city.nameEn : city.name) : code;
    });
    parts.push(t("rules.cities", { cities: names.join(locale === "en" ? ", " : "、") }));
  }
  if (rules.ageMin !== undefined && rules.ageMax !== undefined)
    parts.push(t("rules.age", { min: rules.ageMin, max: rules.ageMax }));
  else if (rules.ageMin !== undefined) parts.push(t("rules.ageFrom", { min: rules.ageMin }));
  else if (rules.ageMax !== undefined) parts.push(t("rules.ageTo", { max: rules.ageMax }));
  if (rules.hasVehicle !== undefined) parts.push(t(rules.hasVehicle ? "rules.hasVehicle" : "rules.noVehicle"));
  if (rules.hasTravelDocument !== undefined) {
    parts.push(t(rules.hasTravelDocument ? "rules.hasTravelDocument" : "rules.noTravelDocument"));
  }
  return parts.length ? parts : [t("groups.everyone")];
}
