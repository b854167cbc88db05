import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { type Db, type DbHandle, migrateDb, openDb } from "@/db/client";
import * as schema from "@/db/schema";
import { seedDatabase } from "@/db/seed/seed-database";

/**
 * Integration tests get a database of their own, already migrated and seeded, cloned from a template
 * made once: on the PostgreSQL server by default (`CREATE DATABASE … TEMPLATE`), on PGlite with
 * TEST_DB=pglite (`clone()` of a migrated in-memory instance).
 */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const templateName = "jingmin_test_template";

export function testDbKind(): "postgres" | "pglite" {
  return process.env.TEST_DB === "pglite" ? "pglite" : "postgres";
}

function urlFor(database: string) {
  const url = new URL(testServerUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Called from vitest's global setup: builds the template database once per test run. */
export async function buildPostgresTemplate() {
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${templateName}`);
  } finally {
    await admin.end();
  }
  const handle = await openDb(urlFor(templateName), "pg");
  await migrateDb(handle);
  await seedDatabase(handle.db);
  await handle.close();
}

export async function dropStaleTestDatabases() {
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'jingmin_t_%'",
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function createPostgresTestDb(): Promise<DbHandle & { url: string }> {
  const name = `jingmin_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
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
      const drop = new pg.Client({ connectionString: testServerUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
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
