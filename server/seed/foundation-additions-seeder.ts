import "server-only";
import { isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { households, orgUnits, users } from "@/db/schema";
import { hashPassword } from "@/server/accounts/password";
import { demoAccounts } from "./demo-accounts";
import type { DomainSeeder } from "./domain-seeders";
import { henanOrgs } from "./henan-orgs";
import { insertDemoAccounts, insertOrgUnits, insertPopulation } from "./insert-foundation";
import { population } from "./population";

/** Staff sign-ins only: a citizen's account depends on register entries that may have been edited since. */
const staffAccounts = demoAccounts.filter((a) => a.loginKind === "account");

async function missing(db: Db) {
  const [units, homes, staff] = await Promise.all([
    db.select({ code: orgUnits.code, id: orgUnits.id }).from(orgUnits),
    db.select({ householdNumber: households.householdNumber }).from(households),
    db.select({ account: users.account }).from(users).where(isNotNull(users.account)),
  ]);
  const codes = new Set(units.map((u) => u.code));
  const numbers = new Set(homes.map((h) => h.householdNumber));
  const logins = new Set(staff.map((s) => s.account));
  return {
    orgIds: new Map(units.map((u) => [u.code, u.id])),
    units: henanOrgs.filter((u) => !codes.has(u.code)),
    households: population.filter((h) => !numbers.has(h.householdNumber)),
    accounts: staffAccounts.filter((a) => !logins.has(a.login)),
  };
}

/**
 * Brings the foundation of a database seeded before the whole-province tree to the current seed: the units
 * it lacks (the other cities' districts and stations, the city desks), the sample households of those
 * cities and the staff sign-ins added since (desk reviewers, the city approver). Nothing present is touched.
 */
export const foundationAdditionsSeeder: DomainSeeder = {
  name: "foundation additions",
  async isSeeded(db) {
    const gap = await missing(db);
    return gap.units.length + gap.households.length + gap.accounts.length === 0;
  },
  async seed(tx) {
    const gap = await missing(tx);
    const orgIds = await insertOrgUnits(tx, gap.units, gap.orgIds);
    const residentIds = await insertPopulation(tx, gap.households, orgIds);
    const passwordHashes = await Promise.all(gap.accounts.map((a) => hashPassword(a.password)));
    await insertDemoAccounts(tx, gap.accounts, passwordHashes, orgIds, residentIds);
  },
};
