import "server-only";
import { and, arrayContains, arrayOverlaps, asc, count, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, users } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import { columnUnder } from "@/server/orgs/scope";
import { maskAccount } from "./mask-account";
import { staffRoles } from "./session-user";
import type { StaffRole } from "./staff-account-rules";

export const officersPageSize = 20;

export type OfficerRow = {
  id: string;
  maskedName: string;
  maskedAccount: string;
  roles: StaffRole[];
  unit: { code: string; name: string; nameEn: string | null } | null;
  status: "active" | "disabled";
  totpEnrolled: boolean;
  /** Set only while a sign-in lock lasts. */
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export type OfficerList = { rows: OfficerRow[]; total: number; page: number; pageSize: number };

export type ListOfficersParams = {
  /** The subtree to list; none lists every staff account, those outside the police tree (insurers) included. */
  unitId?: number;
  role?: StaffRole;
  page: number;
  now?: Date;
};

/** Staff accounts for the admin console, a page at a time, masked as everywhere else. */
export async function listOfficers(db: Db, params: ListOfficersParams): Promise<OfficerList> {
  const now = params.now ?? new Date();
  const conditions: SQL[] = [arrayOverlaps(users.roles, [...staffRoles])];
  if (params.role) conditions.push(arrayContains(users.roles, [params.role]));
  if (params.unitId != null) {
    const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, params.unitId));
    if (!unit) throw new DomainError("NOT_FOUND");
    conditions.push(columnUnder(orgUnits.path, unit.path));
  }
  const where = and(...conditions);
  const [counted] = await db
    .select({ n: count() })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(where);
  const rows = await db
    .select({ user: users, unitCode: orgUnits.code, unitName: orgUnits.name, unitNameEn: orgUnits.nameEn })
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(where)
    .orderBy(asc(orgUnits.path), asc(users.account))
    .limit(officersPageSize)
    .offset((params.page - 1) * officersPageSize);
  return {
    total: counted?.n ?? 0,
    page: params.page,
    pageSize: officersPageSize,
    rows: rows.map(({ user, unitCode, unitName, unitNameEn }) => ({
      id: user.id,
      maskedName: maskName(user.name),
      maskedAccount: maskAccount(user.account ?? ""),
      roles: user.roles.filter((r): r is StaffRole => (staffRoles as readonly string[]).includes(r)),
      unit: unitCode && unitName ? { code: unitCode, name: unitName, nameEn: unitNameEn } : null,
      status: user.status,
      totpEnrolled: !!user.totpEnabledAt,
      lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null,
      lastSignInAt: user.lastSignInAt,
      createdAt: user.createdAt,
    })),
  };
}
