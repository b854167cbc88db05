import "server-only";
import { migrateDb, openDb } from "@/db/client";
import { loadLocalEnv } from "@/db/load-local-env";
import { demoAccounts } from "./demo-accounts";
import { henanOrgs } from "./henan-orgs";
import { population } from "./population";
import { seedDatabase } from "./seed-database";

// `npm run db:seed`. PGlite does not lock its folder: stop the app before seeding its embedded database.
loadLocalEnv();
const handle = await openDb();
try {
  await migrateDb(handle);
  const { seeded } = await seedDatabase(handle.db);
  if (seeded) {
    const residentCount = population.reduce((n, h) => n + h.members.length, 0);
    console.log(
      `seeded (${handle.driver}): ${henanOrgs.length} org units, ${population.length} households, ` +
        `${residentCount} residents, ${demoAccounts.length} demo accounts`,
    );
  } else {
    console.log(`database already has an org tree: nothing seeded (${handle.driver})`);
  }
} finally {
  await handle.close();
}
