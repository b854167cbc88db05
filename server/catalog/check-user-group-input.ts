import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, type UserGroupRules } from "@/db/schema";
import { DomainError } from "@/server/errors";

export type UserGroupInput = {
  name: string;
  description: string;
  priority: number;
  rules: UserGroupRules;
  enabled: boolean;
};

/** Checks what a form cannot: that every city named is a city of the org tree. Returns rules without empty parts. */
export async function checkUserGroupInput(db: Db, input: UserGroupInput): Promise<UserGroupInput> {
  const { cityCodes, ageMin, ageMax, hasVehicle, hasTravelDocument } = input.rules;
  if (ageMin !== undefined && ageMax !== undefined && ageMin > ageMax) {
    throw new DomainError("BAD_INPUT", {}, { ageMax: "GROUP_AGE_RANGE" });
  }
  const cities = [...new Set(cityCodes ?? [])].sort();
  if (cities.length) {
    const found = await db
      .select({ code: orgUnits.code })
      .from(orgUnits)
      .where(and(inArray(orgUnits.code, cities), eq(orgUnits.level, "city")));
    if (found.length !== cities.length) throw new DomainError("BAD_INPUT", {}, { cityCodes: "GROUP_CITY_UNKNOWN" });
  }
  const rules: UserGroupRules = {
    ...(cities.length ? { cityCodes: cities } : {}),
    ...(ageMin !== undefined ? { ageMin } : {}),
    ...(ageMax !== undefined ? { ageMax } : {}),
    ...(hasVehicle !== undefined ? { hasVehicle } : {}),
    ...(hasTravelDocument !== undefined ? { hasTravelDocument } : {}),
  };
  return { ...input, name: input.name.trim(), description: input.description.trim(), rules };
}
