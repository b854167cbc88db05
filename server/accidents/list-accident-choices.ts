import { and, asc, eq, like } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { insurers, orgUnits } from "@/db/schema";
import { placeName } from "@/server/orgs/place-name";

/**
 * What the accident form offers: the insurers, and the province's districts and counties (the place
 * decides whose traffic officers handle it), by city, named as places.
 */
export async function listAccidentChoices(db: Db) {
  const city = alias(orgUnits, "city");
  const [companies, units] = await Promise.all([
    db.select({ code: insurers.code, name: insurers.name, nameEn: insurers.nameEn }).from(insurers).orderBy(asc(insurers.id)),
    db
      .select({ code: orgUnits.code, name: orgUnits.name, nameEn: orgUnits.nameEn, cityName: city.name, cityNameEn: city.nameEn })
      .from(orgUnits)
      .innerJoin(city, eq(city.id, orgUnits.parentId))
      .where(and(eq(orgUnits.level, "county"), like(orgUnits.path, "/410000/%")))
      .orderBy(asc(orgUnits.code)),
  ]);
  // A driver names the place, not the police unit: "金水区公安分局" is offered as "金水区".
  return { insurers: companies, units: units.map((u) => ({ ...u, name: placeName(u.name), cityName: placeName(u.cityName) })) };
}
