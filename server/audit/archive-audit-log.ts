import "server-only";
import { gunzipSync, gzipSync } from "node:zlib";
import { asc, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type AuditRow, auditArchives, auditLog } from "@/db/schema";
import { type BlobStore, getBlobStore } from "@/server/storage/blob-store";
import { sha256Hex } from "@/server/storage/sha256-hex";
import { recordAudit } from "./record-audit";

/** Audit rows are kept in the database at least this long; the trigger enforces the same floor on its own. */
export const auditRetentionMonths = 6;

/** Rows per archive object: about a megabyte of JSON before compression. */
export const auditArchiveBatchSize = 5000;

export type AuditArchiveBatch = { processed: number; more: boolean };

export function auditRetentionCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - auditRetentionMonths);
  return cutoff;
}

function jsonLines(rows: AuditRow[]): string {
  return rows.map((r) => JSON.stringify({ ...r, at: r.at.toISOString() })).join("\n") + "\n";
}

/** Reads the object back and checks it holds exactly these rows, byte for byte, before any row may go. */
async function verifyArchive(store: BlobStore, location: string, expected: { sha256: string; text: string }) {
  const stored = await store.get(location);
  if (!stored || sha256Hex(stored) !== expected.sha256) throw new Error("audit archive unreadable after writing");
  if (gunzipSync(stored).toString("utf8") !== expected.text)
    throw new Error("audit archive content differs from the rows");
}

/**
 * One batch of the retention job: the oldest rows past retention are written to blob storage as gzip JSON
 * lines, read back and verified, recorded in audit_archives, and only then deleted — all in one transaction,
 * under an advisory lock so overlapping runs queue instead of archiving the same rows twice. The delete runs
 * with `jingmin.audit_purge` set for this transaction only, which the append-only trigger requires together
 * with a verified archive covering each row; a failure anywhere rolls back and keeps every row.
 */
export async function archiveAuditBatch(
  db: Db,
  p: { now?: Date; batchSize?: number; store?: BlobStore } = {},
): Promise<AuditArchiveBatch> {
  const now = p.now ?? new Date();
  const limit = p.batchSize ?? auditArchiveBatchSize;
  const store = p.store ?? getBlobStore();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jingmin.audit_archive'))`);
    const rows = await tx
      .select()
      .from(auditLog)
      .where(lt(auditLog.at, auditRetentionCutoff(now)))
      .orderBy(asc(auditLog.id))
      .limit(limit);
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) return { processed: 0, more: false };

    const text = jsonLines(rows);
    const bytes = new Uint8Array(gzipSync(text));
    const sha256 = sha256Hex(bytes);
    const key = `audit-archive/${first.at.toISOString().slice(0, 7)}/${first.id}-${last.id}.jsonl.gz`;
    const { location } = await store.put(key, bytes, "application/gzip");
    await verifyArchive(store, location, { sha256, text });

    const firstAt = rows.reduce((min, r) => (r.at < min ? r.at : min), first.at);
    const lastAt = rows.reduce((max, r) => (r.at > max ? r.at : max), first.at);
    await tx.insert(auditArchives).values({
      firstId: first.id,
      lastId: last.id,
      firstAt,
      lastAt,
      rowCount: rows.length,
      blobKey: key,
      location,
      sha256,
      size: bytes.byteLength,
      verifiedAt: new Date(),
    });
    await tx.execute(sql`select set_config('jingmin.audit_purge', 'archived', true)`);
    const ids = rows.map((r) => r.id);
    const deleted = await tx.delete(auditLog).where(inArray(auditLog.id, ids)).returning({ id: auditLog.id });
    if (deleted.length !== rows.length) throw new Error("audit archive: deleted rows differ from archived rows");
    await tx.execute(sql`select set_config('jingmin.audit_purge', '', true)`);
    await recordAudit(tx, {
      actor: { id: null, role: "system" },
      action: "audit.archived",
      details: { firstId: first.id, lastId: last.id, rows: rows.length, key },
    });
    return { processed: rows.length, more: rows.length === limit };
  });
}
