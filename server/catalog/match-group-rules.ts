import type { UserGroupRules } from "@/db/schema";
import type { ProfileFacts } from "./load-citizen-profile";

/**
 * Whether a citizen belongs to a group: every rule the group sets must hold, rules it leaves out do not
 * matter (a group without rules is everyone). A rule about a fact the register lacks (no city, no birth
 * date) does not hold, so an incomplete profile never falls into a targeted group by accident.
 */
export function matchGroupRules(rules: UserGroupRules, facts: ProfileFacts): boolean {
  if (rules.cityCodes?.length && (facts.cityCode === null || !rules.cityCodes.includes(facts.cityCode))) return false;
  if (rules.ageMin !== undefined && (facts.age === null || facts.age < rules.ageMin)) return false;
  if (rules.ageMax !== undefined && (facts.age === null || facts.age > rules.ageMax)) return false;
  if (rules.hasVehicle !== undefined && rules.hasVehicle !== facts.hasVehicle) return false;
  if (rules.hasTravelDocument !== undefined && rules.hasTravelDocument !== facts.hasTravelDocument) return false;
  return true;
}
