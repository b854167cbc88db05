import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { count, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditArchives, auditLog } from "@/db/schema";
import { type BlobStore } from "@/server/storage/blob-store";
import { localBlobStore } from "@/server/storage/local-blob-store";
import { createTestDb } from "@/test/db";
import { archiveAuditBatch, auditRetentionCutoff } from "./archive-audit-log";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let dir: string;
let store: BlobStore;

const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - n);
  return d;
};

async function insertOld(n: number, at: Date, action = "test.old") {
  await db
    .insert(auditLog)
    .values(Array.from({ length: n }, (_, i) => ({ action, at: new Date(at.getTime() + i * 1000), details: { i } })));
}

async function auditCount(where?: ReturnType<typeof lt>) {
  const [row] = await db.select({ n: count() }).from(auditLog).where(where);
  return row?.n ?? 0;
}

/** Drizzle wraps driver errors; the database's own message is on the cause. */
async function failure(statement: Promise<unknown>): Promise<string> {
  const error = (await statement.then(
    () => null,
    (e: unknown) => e,
  )) as (Error & { cause?: Error }) | null;
  expect(error).toBeInstanceOf(Error);
  return `${error?.message} ${error?.cause?.message ?? ""}`;
}

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  dir = await mkdtemp(path.join(tmpdir(), "jingmin-audit-archive-"));
  store = localBlobStore(dir);
});
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("audit archive", () => {
  it("refuses to archive when the object read back differs, and keeps every row", async () => {
    await insertOld(3, monthsAgo(9), "test.unreadable");
    const before = await auditCount();
    const lying: BlobStore = { ...store, get: async () => new Uint8Array([1, 2, 3]) };
    await expect(archiveAuditBatch(db, { store: lying })).rejects.toThrow(/unreadable/);
    expect(await auditCount()).toBe(before);
    expect(await db.select().from(auditArchives)).toEqual([]);
  });

  it("archives every row past retention in verified batches and keeps the rest: before = archived + kept", async () => {
    await insertOld(12, monthsAgo(8));
    await insertOld(2, monthsAgo(5), "test.recent");
    const [{ maxId } = { maxId: 0 }] = await db
      .select({ maxId: sql<number>`max(${auditLog.id})`.mapWith(Number) })
      .from(auditLog);
    const before = await auditCount();
    const past = await auditCount(lt(auditLog.at, auditRetentionCutoff(new Date())));
    expect(past).toBeGreaterThanOrEqual(15);

    let archived = 0;
    for (let i = 0; i < 20; i++) {
      const batch = await archiveAuditBatch(db, { store, batchSize: 5 });
      archived += batch.processed;
      if (!batch.more) break;
    }
    const kept = await auditCount(lt(auditLog.id, maxId + 1));
    expect(archived).toBe(past);
    expect(archived + kept).toBe(before);
    expect(await auditCount(lt(auditLog.at, auditRetentionCutoff(new Date())))).toBe(0);
    expect(await auditCount(eq(auditLog.action, "test.recent"))).toBe(2);

    const archives = await db.select().from(auditArchives).orderBy(auditArchives.firstId);
    expect(archives.reduce((n, a) => n + a.rowCount, 0)).toBe(archived);
    const lines = [];
    for (const a of archives) {
      const bytes = await store.get(a.location);
      expect(bytes).not.toBeNull();
      lines.push(
        ...gunzipSync(bytes as Uint8Array)
          .toString("utf8")
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as { id: number; action: string }),
      );
    }
    expect(lines).toHaveLength(archived);
    expect(lines.filter((l) => l.action === "test.old")).toHaveLength(12);
    expect(new Set(lines.map((l) => l.id)).size).toBe(archived);

    const notes = await db.select().from(auditLog).where(eq(auditLog.action, "audit.archived"));
    expect(notes).toHaveLength(archives.length);
    // A rerun finds nothing left to do.
    expect(await archiveAuditBatch(db, { store })).toEqual({ processed: 0, more: false });
  });

  it("still refuses a delete outside the archive job, even of archived-looking rows", async () => {
    await insertOld(1, monthsAgo(10), "test.unarchived");
    const [row] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "test.unarchived"));
    // Opting in is not enough without a verified archive covering the row…
    const optedIn = db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('jingmin.audit_purge', 'archived', true)`);
      await tx.delete(auditLog).where(eq(auditLog.id, row?.id ?? 0));
    });
    expect(await failure(optedIn)).toMatch(/append-only: DELETE refused/);
    // …and a row inside an archived range that is still within retention stays too.
    const [recent] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "test.recent"));
    await db.insert(auditArchives).values({
      firstId: recent?.id ?? 0,
      lastId: recent?.id ?? 0,
      firstAt: new Date(),
      lastAt: new Date(),
      rowCount: 1,
      blobKey: "audit-archive/forged.jsonl.gz",
      location: "audit-archive/forged.jsonl.gz",
      sha256: "0".repeat(64),
      size: 1,
      verifiedAt: new Date(),
    });
    const tooRecent = db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('jingmin.audit_purge', 'archived', true)`);
      await tx.delete(auditLog).where(eq(auditLog.id, recent?.id ?? 0));
    });
    expect(await failure(tooRecent)).toMatch(/append-only: DELETE refused/);
    expect(await auditCount(inArray(auditLog.id, [row?.id ?? 0, recent?.id ?? 0]))).toBe(2);
    expect(await failure(db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE refused/);
    expect(await auditCount(gt(auditLog.id, 0))).toBeGreaterThan(0);
  });
});
