import "server-only";
import { asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";

export type CitySummary = {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  counties: number;
  stations: number;
};
export type OrgTreeSummary = { totals: { cities: number; counties: number; stations: number }; cities: CitySummary[] };

/** The whole province's org tree in numbers: each city with the counties and police stations under it. */
export async function summarizeOrgTree(db: Db): Promise<OrgTreeSummary> {
  const cities = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, nameEn: orgUnits.nameEn })
    .from(orgUnits)
    .where(eq(orgUnits.level, "city"))
    .orderBy(asc(orgUnits.code));
  // The path starts "/<province>/<city>/", so its third part names the city a unit belongs to.
  const cityCode = sql<string>`split_part(${orgUnits.path}, '/', 3)`;
  const rows = await db
    .select({ cityCode, level: orgUnits.level, n: count() })
    .from(orgUnits)
    .where(inArray(orgUnits.level, ["county", "station"]))
    .groupBy(cityCode, orgUnits.level);
  const counted = new Map<string, { counties: number; stations: number }>();
  for (const row of rows) {
    const entry = counted.get(row.cityCode) ?? { counties: 0, stations: 0 };
    if (row.level === "county") entry.counties = row.n;
    else entry.stations = row.n;
    counted.set(row.cityCode, entry);
  }
  const summaries = cities.map((c) => ({ ...c, ...(counted.get(c.code) ?? { counties: 0, stations: 0 }) }));
  return {
    totals: {
      cities: summaries.length,
      counties: summaries.reduce((sum, c) => sum + c.counties, 0),
      stations: summaries.reduce((sum, c) => sum + c.stations, 0),
    },
    cities: summaries,
  };
}
