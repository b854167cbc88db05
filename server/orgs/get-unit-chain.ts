import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, type orgLevel } from "@/db/schema";
import { DomainError } from "@/server/errors";

export type OrgLevel = (typeof orgLevel.enumValues)[number];
export type OrgUnitRef = { id: number; code: string; name: string; nameEn: string | null; level: OrgLevel };

/** The unit and every unit above it, province first: how a unit is named in full (河南省公安厅 › 郑州市公安局 › …). */
export async function getUnitChain(db: Db, params: { unitId: number }): Promise<OrgUnitRef[]> {
  const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, params.unitId));
  if (!unit) throw new DomainError("NOT_FOUND");
  const codes = unit.path.split("/").filter(Boolean);
  return db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      nameEn: orgUnits.nameEn,
      level: orgUnits.level,
    })
    .from(orgUnits)
    .where(inArray(orgUnits.code, codes))
    .orderBy(asc(sql`length(${orgUnits.path})`));
}
