import "server-only";
import { eq } from "drizzle-orm";
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
