import "server-only";
import { and, arrayOverlaps, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, users } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import { caseOfficerRoles } from "./case-officer-roles";

export type CaseFormOptions = {
  units: { id: number; name: string; nameEn: string | null; level: string }[];
  officers: { id: string; name: string; orgUnitId: number }[];
};

/** The handling units an officer may register a case for (counties and stations of their subtree) and their case officers. */
export async function caseFormOptions(db: Db, params: { scope: Jurisdiction }): Promise<CaseFormOptions> {
  const units = await db
    .select({ id: orgUnits.id, name: orgUnits.name, nameEn: orgUnits.nameEn, level: orgUnits.level })
    .from(orgUnits)
    .where(and(withinScope(params.scope, orgUnits.path), inArray(orgUnits.level, ["county", "station"])))
    .orderBy(asc(orgUnits.path))
    .limit(500);
  const officers = units.length
    ? await db
        .select({ id: users.id, name: users.name, orgUnitId: users.orgUnitId })
        .from(users)
        .where(
          and(
            inArray(
              users.orgUnitId,
              units.map((u) => u.id),
            ),
            eq(users.status, "active"),
            arrayOverlaps(users.roles, [...caseOfficerRoles]),
          ),
        )
        .orderBy(asc(users.name))
    : [];
  return { units, officers: officers.map((o) => ({ id: o.id, name: o.name, orgUnitId: o.orgUnitId as number })) };
}
