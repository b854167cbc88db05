import "server-only";
import { and, arrayContains, asc, eq, like, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type OrgUnit, orgUnits, users } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";

export type OrgTreeUnit = {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  level: OrgUnit["level"];
  parentId: number | null;
  /** Active staff with the supervisor role placed in this unit, masked as everywhere in the console. */
  supervisors: string[];
  officers: number;
};

export type OrgTree = {
  cities: { id: number; code: string; name: string; nameEn: string | null }[];
  city: { id: number; code: string } | null;
  /** The chosen city, its counties and their stations, in tree order. */
  units: OrgTreeUnit[];
};

/**
 * The org tree one city at a time (a city has a few dozen units; the province several hundred), with the
 * supervisors and the head count of each unit, for the admin's org page.
 */
export async function listOrgTree(db: Db, p: { cityId?: number }): Promise<OrgTree> {
  const cities = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, nameEn: orgUnits.nameEn })
    .from(orgUnits)
    .where(eq(orgUnits.level, "city"))
    .orderBy(asc(orgUnits.code));
  const chosen = cities.find((c) => c.id === p.cityId) ?? cities[0];
  if (!chosen) return { cities, city: null, units: [] };
  const [city] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, chosen.id));
  const units = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      nameEn: orgUnits.nameEn,
      level: orgUnits.level,
      parentId: orgUnits.parentId,
    })
    .from(orgUnits)
    .where(like(orgUnits.path, `${city?.path ?? ""}%`))
    .orderBy(sql`${orgUnits.path} collate "C"`);
  const staff = await db
    .select({ unitId: users.orgUnitId, name: users.name, supervisor: arrayContains(users.roles, ["supervisor"]) })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(and(like(orgUnits.path, `${city?.path ?? ""}%`), eq(users.status, "active")))
    .orderBy(asc(users.name));
  const supervisorsOf = new Map<number, string[]>();
  const headCount = new Map<number, number>();
  for (const s of staff) {
    if (s.unitId == null) continue;
    headCount.set(s.unitId, (headCount.get(s.unitId) ?? 0) + 1);
    if (s.supervisor) supervisorsOf.set(s.unitId, [...(supervisorsOf.get(s.unitId) ?? []), maskName(s.name)]);
  }
  return {
    cities,
    city: { id: chosen.id, code: chosen.code },
    units: units.map((u) => ({ ...u, supervisors: supervisorsOf.get(u.id) ?? [], officers: headCount.get(u.id) ?? 0 })),
  };
}
