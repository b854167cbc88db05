import { neonConfig } from "@neondatabase/serverless";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDb } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { createTestDb, testDbKind } from "@/test/db";
import { startNeonWsProxy } from "@/test/neon-ws-proxy";

/** The same checks through every driver the app can pick, against one migrated, seeded database. */
async function checkDriver(handle: DbHandle) {
  const [province] = await handle.db.select().from(orgUnits).where(eq(orgUnits.code, "410000"));
  expect(province?.name).toContain("河南");

  // A failed transaction must leave nothing behind.
  await expect(
    handle.db.transaction(async (tx) => {
      await tx.insert(orgUnits).values({ code: "999999", name: "临时", level: "city", path: "/999999/" });
      throw new Error("roll back");
    }),
  ).rejects.toThrow("roll back");
  const [left] = await handle.db.select({ n: count() }).from(orgUnits).where(eq(orgUnits.code, "999999"));
  expect(left?.n).toBe(0);
}

describe.skipIf(testDbKind() !== "postgres")("database drivers on the PostgreSQL server", () => {
  let test: Awaited<ReturnType<typeof createTestDb>>;
  let proxy: Awaited<ReturnType<typeof startNeonWsProxy>>;

  beforeAll(async () => {
    test = await createTestDb();
    proxy = await startNeonWsProxy();
  });
  afterAll(async () => {
    await proxy?.close();
    await test?.close();
  });

  it("pg (node-postgres) reads, writes and rolls back", async () => {
    const handle = await openDb(test.url, "pg");
    try {
      await checkDriver(handle);
    } finally {
      await handle.close();
    }
  });

  it("Neon serverless over WebSocket reads, writes and rolls back", async () => {
    neonConfig.wsProxy = (host, port) => `127.0.0.1:${proxy.port}/v2?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
    const handle = await openDb(test.url, "neon");
    try {
      expect(handle.driver).toBe("neon");
      const result = await handle.db.execute(sql`select current_database() as name`);
      expect(JSON.stringify(result)).toContain("jingmin_t_");
      await checkDriver(handle);
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(testDbKind() !== "pglite")("embedded PGlite", () => {
  it("reads, writes and rolls back", async () => {
    const handle = await createTestDb();
    try {
      await checkDriver(handle);
    } finally {
      await handle.close();
    }
  });
});
