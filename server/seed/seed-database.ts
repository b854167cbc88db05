import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { households, orgUnits, residents, users } from "@/db/schema";
import { hashPassword } from "@/server/accounts/password";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { demoAccounts } from "./demo-accounts";
import { domainSeeders } from "./domain-seeders";
import { henanOrgs } from "./henan-orgs";
import { population } from "./population";

/** Serialises concurrent seeders (two app instances starting on one empty database). */
const seedLockKey = 4_100_000_001;
const chunkSize = 200;

/**
 * Loads the org tree, the sample population register and the demo accounts into an empty database, in
 * one transaction: a database is either fully seeded or untouched. Does nothing once org_units has rows.
 * Then each later domain's seeder runs once, in its own transaction, so an existing embedded database
 * picks up the data of features added after it was created.
 */
export async function seedDatabase(db: Db): Promise<{ seeded: boolean }> {
  const foundation = await seedFoundation(db);
  let later = false;
  for (const seeder of domainSeeders) {
    if (await seeder.isSeeded(db)) continue;
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`);
      if (await seeder.isSeeded(tx)) return false;
      await seeder.seed(tx);
      return true;
    });
    later ||= done;
  }
  return { seeded: foundation.seeded || later };
}

async function seedFoundation(db: Db): Promise<{ seeded: boolean }> {
  if (await hasOrgUnits(db)) return { seeded: false };

  // Argon2 is deliberately slow: hash before taking the lock, not while holding it.
  const passwordHashes = await Promise.all(demoAccounts.map((a) => hashPassword(a.password)));

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`);
    if (await hasOrgUnits(tx)) return { seeded: false };

    const orgIds = new Map<string, number>();
    const depths = [...new Set(henanOrgs.map(depth))].sort((a, b) => a - b);
    for (const d of depths) {
      const rows = henanOrgs
        .filter((u) => depth(u) === d)
        .map((u) => ({
          code: u.code,
          name: u.name,
          nameEn: u.nameEn,
          level: u.level,
          unitType: u.unitType,
          parentId: u.parentCode ? requireId(orgIds, u.parentCode) : null,
          path: u.path,
          address: u.address,
          phone: u.phone,
        }));
      const inserted = await tx.insert(orgUnits).values(rows).returning({ id: orgUnits.id, code: orgUnits.code });
      for (const r of inserted) orgIds.set(r.code, r.id);
    }

    const householdIds = new Map<string, string>();
    const insertedHouseholds = await tx
      .insert(households)
      .values(
        population.map((h) => ({
          householdNumber: h.householdNumber,
          type: h.type,
          address: h.address,
          orgUnitId: requireId(orgIds, h.orgUnitCode),
        })),
      )
      .returning({ id: households.id, householdNumber: households.householdNumber });
    for (const h of insertedHouseholds) householdIds.set(h.householdNumber, h.id);

    const residentIds = new Map<string, string>();
    const residentRows = population.flatMap((h) =>
      h.members.map((m) => ({
        idNumberEnc: encryptPii(m.idNumber),
        idNumberHash: hashPii("id", m.idNumber),
        name: m.name,
        sex: m.sex,
        birthDate: m.birthDate,
        ethnicity: m.ethnicity,
        householdId: requireId(householdIds, h.householdNumber),
        relationToHead: m.relationToHead,
      })),
    );
    for (let i = 0; i < residentRows.length; i += chunkSize) {
      const inserted = await tx
        .insert(residents)
        .values(residentRows.slice(i, i + chunkSize))
        .returning({ id: residents.id, idNumberHash: residents.idNumberHash });
      for (const r of inserted) residentIds.set(r.idNumberHash, r.id);
    }

    const now = new Date();
    await tx.insert(users).values(
      demoAccounts.map((a, i) => {
        const base = {
          roles: [...a.roles],
          name: a.name,
          passwordHash: passwordHashes[i]!,
          orgUnitId: a.orgUnitCode ? requireId(orgIds, a.orgUnitCode) : null,
          totpSecretEnc: a.totpSecret ? encryptPii(a.totpSecret) : null,
          totpEnabledAt: a.totpSecret ? now : null,
        };
        if (a.loginKind === "account")
          return { ...base, account: a.login, phoneEnc: a.workPhone ? encryptPii(a.workPhone) : null };
        if (!a.idNumber) throw new Error(`demo citizen ${a.key} has no register entry`);
        const idNumberHash = hashPii("id", a.idNumber);
        return {
          ...base,
          phoneHash: hashPii("phone", a.login),
          phoneEnc: encryptPii(a.login),
          idNumberHash,
          idNumberEnc: encryptPii(a.idNumber),
          verification: "verified" as const,
          residentId: requireId(residentIds, idNumberHash),
        };
      }),
    );

    return { seeded: true };
  });
}

async function hasOrgUnits(db: Db): Promise<boolean> {
  const rows = await db.select({ id: orgUnits.id }).from(orgUnits).limit(1);
  return rows.length > 0;
}

function depth(unit: { path: string }): number {
  return unit.path.split("/").length;
}

function requireId<T>(ids: Map<string, T>, key: string): T {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`seed data refers to ${key}, which was not inserted`);
  return id;
}
