import "server-only";
import { and, arrayContains, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, users } from "@/db/schema";

export type Supervisor = { id: string; name: string; phoneEnc: string | null; unitId: number; path: string };

/**
 * The supervisors responsible for a unit path: those of the nearest unit on the way up that has any (the
 * station's own chief, else the county's, and so on), so an alert never goes unread for want of a chief.
 */
export async function supervisorsFor(db: Db, unitPath: string): Promise<Supervisor[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, phoneEnc: users.phoneEnc, unitId: orgUnits.id, path: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(
      and(
        arrayContains(users.roles, ["supervisor"]),
        eq(users.status, "active"),
        sql`${unitPath} like ${orgUnits.path} || '%'`,
      ),
    )
    .orderBy(desc(sql`length(${orgUnits.path})`));
  const nearest = rows[0]?.path;
  return rows.filter((r) => r.path === nearest);
}
