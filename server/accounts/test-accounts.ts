import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Role, orgUnits, users } from "@/db/schema";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { hashPassword } from "./password";
import type { SessionUser } from "./session-user";

/**
 * For integration tests: a user of their own, so a test that locks or disables an account leaves the
 * seeded demo accounts alone. Citizens get a phone, staff an account number.
 */
export async function insertTestUser(
  db: Db,
  p: {
    roles: Role[];
    name?: string;
    phone?: string;
    account?: string;
    password: string;
    totpSecret?: string;
    orgUnitCode?: string;
  },
) {
  const unit = p.orgUnitCode
    ? (await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, p.orgUnitCode)))[0]
    : undefined;
  const [row] = await db
    .insert(users)
    .values({
      roles: p.roles,
      name: p.name ?? "测试用户",
      phoneHash: p.phone ? hashPii("phone", p.phone) : null,
      phoneEnc: p.phone ? encryptPii(p.phone) : null,
      account: p.account ?? null,
      passwordHash: await hashPassword(p.password),
      totpSecretEnc: p.totpSecret ? encryptPii(p.totpSecret) : null,
      totpEnabledAt: p.totpSecret ? new Date() : null,
      orgUnitId: unit?.id ?? null,
    })
    .returning();
  if (!row) throw new Error("insertTestUser: no row");
  return row;
}

/** The seeded row of a demo account. */
export async function demoUserRow(db: Db, key: DemoAccountKey) {
  const a = demoAccount(key);
  const where = a.loginKind === "phone" ? eq(users.phoneHash, hashPii("phone", a.login)) : eq(users.account, a.login);
  const [row] = await db.select().from(users).where(where);
  if (!row) throw new Error(`demo account ${key} is not seeded`);
  return row;
}

/** A demo account as a signed-in session sees it, for calling procedures in its name. */
export async function demoSessionUser(db: Db, key: DemoAccountKey): Promise<SessionUser> {
  const row = await demoUserRow(db, key);
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}
