import "server-only";
import { and, count, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { columnUnder } from "./scope";
import { getUnitChain, type OrgLevel, type OrgUnitRef } from "./get-unit-chain";

export type UnitDescription = {
  /** Province first, the unit itself last. */
  chain: OrgUnitRef[];
  /** How many units of each level lie below the unit: the size of its jurisdiction. */
  below: Record<Exclude<OrgLevel, "province">, number>;
};

export async function describeUnit(db: Db, params: { unitId: number }): Promise<UnitDescription> {
  const chain = await getUnitChain(db, params);
  const path = `/${chain.map((u) => u.code).join("/")}/`;
  const rows = await db
    .select({ level: orgUnits.level, n: count() })
    .from(orgUnits)
    .where(and(columnUnder(orgUnits.path, path), ne(orgUnits.path, path)))
    .groupBy(orgUnits.level);
  const below = { city: 0, county: 0, station: 0, desk: 0 };
  for (const row of rows) if (row.level !== "province") below[row.level] = row.n;
  return { chain, below };
}
