import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import type { OrgUnitRef } from "./get-unit-chain";

export type OrgUnitOption = OrgUnitRef & { parentId: number | null };

/**
 * Every unit in tree order (a unit comes right before the units under it), for pickers. The province has
 * a few hundred units, small enough to send whole.
 */
export async function listOrgUnits(db: Db): Promise<OrgUnitOption[]> {
  return (
    db
      .select({
        id: orgUnits.id,
        code: orgUnits.code,
        name: orgUnits.name,
        nameEn: orgUnits.nameEn,
        level: orgUnits.level,
        parentId: orgUnits.parentId,
      })
      .from(orgUnits)
      // Byte order, so "/" sorts before digits whatever the database locale: parents before children.
      .orderBy(sql`${orgUnits.path} collate "C"`)
  );
}
