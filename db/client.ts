import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { databaseDriver, env } from "@/server/env";
import { logError } from "@/server/log";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type services take: a pool-backed database or an open transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbHandle = {
  db: Db;
  driver: "pglite" | "pg" | "neon";
  close: () => Promise<void>;
};

const config = { schema, casing: "snake_case" as const };

export function migrationsFolder() {
  return path.join(process.cwd(), "db", "migrations");
}

export function pgliteDir() {
  return path.resolve(env().DATA_DIR, "pglite");
}

/**
 * A pooled connection that dies while idle (server restart, failover, an administrator ending it) is
 * reported by the pool as an event: without a listener that event would crash the process. The pool
 * drops the connection and opens a new one for the next query, so logging is all there is to do.
 */
function onIdleClientError(error: unknown) {
  logError("idle database connection lost", error);
}

/** Opens a connection with the driver DATABASE_URL asks for; PGlite in `.data/` when it is unset. */
export async function openDb(url = env().DATABASE_URL, driver = databaseDriver()): Promise<DbHandle> {
  if (driver === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const dir = url?.startsWith("memory://") ? undefined : (url?.replace(/^file:\/\//, "") ?? pgliteDir());
    if (dir) mkdirSync(dir, { recursive: true });
    const client = dir ? new PGlite(dir) : new PGlite();
    return { db: drizzle({ client, ...config }) as unknown as Db, driver, close: () => client.close() };
  }
  if (!url) throw new Error(`DATABASE_URL is required for the ${driver} driver`);
  if (driver === "neon") {
    const { Pool, neonConfig } = await import("@neondatabase/serverless");
    const { drizzle } = await import("drizzle-orm/neon-serverless");
    const { default: ws } = await import("ws");
    neonConfig.webSocketConstructor = ws;
    const pool = new Pool({ connectionString: url, max: 10 });
    pool.on("error", onIdleClientError);
    return { db: drizzle({ client: pool, ...config }) as unknown as Db, driver, close: () => pool.end() };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, max: 10 });
  pool.on("error", onIdleClientError);
  return { db: drizzle({ client: pool, ...config }) as unknown as Db, driver, close: () => pool.end() };
}

export async function migrateDb(handle: DbHandle) {
  const migrationsConfig = { migrationsFolder: migrationsFolder() };
  if (handle.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, migrationsConfig);
  } else if (handle.driver === "neon") {
    const { migrate } = await import("drizzle-orm/neon-serverless/migrator");
    await migrate(handle.db as never, migrationsConfig);
  } else {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    await migrate(handle.db as never, migrationsConfig);
  }
}

/**
 * One handle per process, kept on globalThis: Next bundles instrumentation, route handlers and pages
 * separately, and two PGlite instances on one folder would corrupt it.
 */
const slot = globalThis as unknown as { __jingminDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  slot.__jingminDb ??= openDb();
  return slot.__jingminDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests install their own database (a cloned template) as the process-wide one. */
export function setDbHandle(handle: DbHandle | undefined) {
  slot.__jingminDb = handle ? Promise.resolve(handle) : undefined;
}
