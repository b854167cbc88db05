import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { type Db, type DbHandle, migrateDb, openDb } from "@/db/client";
import * as schema from "@/db/schema";
import { seedDatabase } from "@/server/seed/seed-database";

/**
 * Integration tests get a database of their own, already migrated and seeded, cloned from a template
 * made once: on the PostgreSQL server by default (`CREATE DATABASE … TEMPLATE`), on PGlite with
 * TEST_DB=pglite (`clone()` of a migrated in-memory instance).
 */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
/**
 * One template per test run (set by the global setup, inherited by the workers), so runs that overlap —
 * two developers' suites on one server — never drop each other's databases.
 */
export function templateName(): string {
  return process.env.JINGMIN_TEST_TEMPLATE ?? "jingmin_tpl_default";
}

/** Database names carry their creation time, so stale ones from crashed runs can be told apart. */
function stampedName(prefix: string) {
  return `${prefix}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
}

export function testDbKind(): "postgres" | "pglite" {
  return process.env.TEST_DB === "pglite" ? "pglite" : "postgres";
}

function urlFor(database: string) {
  const url = new URL(testServerUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Called from vitest's global setup: builds this run's template database. */
export async function buildPostgresTemplate(): Promise<string> {
  const name = stampedName("jingmin_tpl");
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const handle = await openDb(urlFor(name), "pg");
  await migrateDb(handle);
  await seedDatabase(handle.db);
  await handle.close();
  return name;
}

/** PostgreSQL's "database is being accessed by other users". */
const objectInUse = "55006";

/**
 * Drops a test database once its pool has let go. `pool.end()` resolves before every socket has closed,
 * and FORCE would terminate the stragglers, which then surface as uncaught "terminating connection"
 * errors in whatever test file runs next; so wait for them briefly, and force only as a last resort.
 */
export async function dropDatabase(name: string) {
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== objectInUse) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Drops test databases left by runs that crashed more than two hours ago. */
export async function dropStaleTestDatabases() {
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'jingmin%'",
    );
    const cutoff = Date.now() / 1000 - 2 * 3600;
    for (const { datname } of rows) {
      if (!datname.startsWith("jingmin_t_") && !datname.startsWith("jingmin_tpl_")) continue;
      const stamp = Number(datname.split("_")[2]);
      if (!Number.isFinite(stamp) || stamp < cutoff)
        await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

async function createPostgresTestDb(): Promise<DbHandle & { url: string }> {
  const name = stampedName("jingmin_t");
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName()}`);
  } finally {
    await admin.end();
  }
  const url = urlFor(name);
  const handle = await openDb(url, "pg");
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await dropDatabase(name);
    },
  };
}

let pgliteTemplate: Promise<PGlite> | undefined;

async function createPgliteTestDb(): Promise<DbHandle & { url: string }> {
  pgliteTemplate ??= (async () => {
    const client = new PGlite();
    const handle: DbHandle = {
      db: drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db,
      driver: "pglite",
      close: () => client.close(),
    };
    await migrateDb(handle);
    await seedDatabase(handle.db);
    return client;
  })();
  // clone() is typed as the interface, but returns a full PGlite instance.
  const client = (await (await pgliteTemplate).clone()) as PGlite;
  return {
    db: drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db,
    driver: "pglite",
    url: "memory://",
    close: () => client.close(),
  };
}

export function createTestDb(): Promise<DbHandle & { url: string }> {
  return testDbKind() === "pglite" ? createPgliteTestDb() : createPostgresTestDb();
}
