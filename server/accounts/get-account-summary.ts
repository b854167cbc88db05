import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";
import { orgUnits, users } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";

export type AccountSummary = {
  maskedName: string;
  roles: Role[];
  orgUnit: { code: string; name: string; nameEn: string | null } | null;
};

/** What a shell header shows about the signed-in user: nothing a shoulder-surfer could use. */
export async function getAccountSummary(db: Db, params: { userId: string }): Promise<AccountSummary> {
  const [row] = await db
    .select({
      name: users.name,
      roles: users.roles,
      unitCode: orgUnits.code,
      unitName: orgUnits.name,
      unitNameEn: orgUnits.nameEn,
    })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(users.id, params.userId));
  if (!row) throw new DomainError("NOT_FOUND");
  return {
    maskedName: maskName(row.name),
    roles: row.roles,
    orgUnit: row.unitCode && row.unitName ? { code: row.unitCode, name: row.unitName, nameEn: row.unitNameEn } : null,
  };
}
