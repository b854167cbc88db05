import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { hashPassword } from "@/server/accounts/password";
import { demoAccounts } from "./demo-accounts";
import { domainSeeders } from "./domain-seeders";
import { henanOrgs } from "./henan-orgs";
import { insertDemoAccounts, insertOrgUnits, insertPopulation } from "./insert-foundation";
import { population } from "./population";

/** Serialises concurrent seeders (two app instances starting on one empty database). */
const seedLockKey = 4_100_000_001;

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

    const orgIds = await insertOrgUnits(tx, henanOrgs, new Map());
    const residentIds = await insertPopulation(tx, population, orgIds);
    await insertDemoAccounts(tx, demoAccounts, passwordHashes, orgIds, residentIds);

    return { seeded: true };
  });
}

async function hasOrgUnits(db: Db): Promise<boolean> {
  const rows = await db.select({ id: orgUnits.id }).from(orgUnits).limit(1);
  return rows.length > 0;
}
