import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { recordAudit } from "./record-audit";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let id: number;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  await recordAudit(db, {
    actor: { id: "00000000-0000-4000-8000-0000000000aa", role: "admin", orgUnitId: null },
    action: "test.audit",
    targetType: "user",
    targetId: "42",
    details: { phone: "138****1234" },
    ip: "10.0.0.9",
    correlationId: "corr-audit",
  });
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "test.audit"));
  id = row?.id as number;
});

afterAll(async () => {
  await h?.close();
});

/** Drizzle wraps driver errors; the database's own message is on the cause. */
async function refusedWith(statement: Promise<unknown>): Promise<string> {
  const error = await statement.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const e = error as Error & { cause?: Error };
  return `${e.message} ${e.cause?.message ?? ""}`;
}

describe("audit log", () => {
  it("records who did what to what, when and from where", async () => {
    const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
    expect(row).toMatchObject({
      actorId: "00000000-0000-4000-8000-0000000000aa",
      actorRole: "admin",
      action: "test.audit",
      targetType: "user",
      targetId: "42",
      outcome: "ok",
      details: { phone: "138****1234" },
      ip: "10.0.0.9",
      correlationId: "corr-audit",
    });
    expect(row?.at).toBeInstanceOf(Date);
  });

  it("cannot be changed", async () => {
    expect(await refusedWith(db.update(auditLog).set({ action: "forged" }).where(eq(auditLog.id, id)))).toMatch(
      /append-only: UPDATE refused/,
    );
    expect(await refusedWith(db.execute(sql`update audit_log set outcome = 'denied'`))).toMatch(/append-only/);
  });

  it("cannot be deleted or truncated", async () => {
    expect(await refusedWith(db.delete(auditLog).where(eq(auditLog.id, id)))).toMatch(/append-only: DELETE refused/);
    expect(await refusedWith(db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE refused/);
  });

  it("still holds the entry after every attempt", async () => {
    const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
    expect(row).toMatchObject({ action: "test.audit", outcome: "ok" });
  });
});
