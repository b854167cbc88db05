import { migrateDb, openDb } from "./client";
import { loadLocalEnv } from "./load-local-env";

loadLocalEnv();
const handle = await openDb();
await migrateDb(handle);
await handle.close();
console.log(`migrations applied (${handle.driver})`);
