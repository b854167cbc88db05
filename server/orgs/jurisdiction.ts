import "server-only";
import { and, eq, like, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";

/** An officer's jurisdiction: their unit and everything below it. */
export type Jurisdiction = { unitId: number; code: string; path: string; level: string };

export async function loadJurisdiction(db: Db, unitId: number): Promise<Jurisdiction> {
  const [unit] = await db
    .select({ unitId: orgUnits.id, code: orgUnits.code, path: orgUnits.path, level: orgUnits.level })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId));
  if (!unit) throw new DomainError("FORBIDDEN");
  return unit;
}

/** The whole province: an admin's jurisdiction for the oversight views. */
export async function loadProvinceJurisdiction(db: Db): Promise<Jurisdiction> {
  const [unit] = await db
    .select({ unitId: orgUnits.id, code: orgUnits.code, path: orgUnits.path, level: orgUnits.level })
    .from(orgUnits)
    .where(eq(orgUnits.level, "province"));
  if (!unit) throw new DomainError("FORBIDDEN");
  return unit;
}

/** SQL condition: the org unit whose `path` column is given lies inside the jurisdiction. */
export function withinJurisdiction(scope: Jurisdiction, pathColumn: AnyPgColumn): SQL {
  return like(pathColumn, `${scope.path}%`);
}

export function pathWithin(scope: Jurisdiction, path: string): boolean {
  return path.startsWith(scope.path);
}

/** Throws OUT_OF_JURISDICTION unless the unit is in the officer's subtree. */
export async function assertUnitInJurisdiction(db: Db, scope: Jurisdiction, unitId: number) {
  const [row] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), like(orgUnits.path, `${scope.path}%`)));
  if (!row) throw new DomainError("OUT_OF_JURISDICTION");
}
