import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";

export type StationOption = { id: number; code: string; name: string; nameEn: string | null; address: string | null };

export type CountyStations = {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  cityName: string;
  cityNameEn: string | null;
  stations: StationOption[];
};

/**
 * Every police station, under its county and city, for pickers where a citizen names the station of an
 * address (购房入户: the station covering the new home). Public: the stations and their addresses are
 * published anyway. Counties without a station are left out, since nothing under them can be chosen.
 */
export async function listStations(db: Db): Promise<CountyStations[]> {
  const county = alias(orgUnits, "county");
  const city = alias(orgUnits, "city");
  const rows = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      nameEn: orgUnits.nameEn,
      address: orgUnits.address,
      county: { id: county.id, code: county.code, name: county.name, nameEn: county.nameEn },
      city: { name: city.name, nameEn: city.nameEn },
    })
    .from(orgUnits)
    .innerJoin(county, and(eq(county.id, orgUnits.parentId), eq(county.level, "county")))
    .innerJoin(city, eq(city.id, county.parentId))
    .where(eq(orgUnits.level, "station"))
    // Byte order, so the tree comes out city by city, county by county, whatever the database locale.
    .orderBy(sql`${orgUnits.path} collate "C"`);

  const counties = new Map<number, CountyStations>();
  for (const r of rows) {
    let entry = counties.get(r.county.id);
    if (!entry) {
      entry = { ...r.county, cityName: r.city.name, cityNameEn: r.city.nameEn, stations: [] };
      counties.set(r.county.id, entry);
    }
    entry.stations.push({ id: r.id, code: r.code, name: r.name, nameEn: r.nameEn, address: r.address });
  }
  return [...counties.values()];
}
