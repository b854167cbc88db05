import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { smsMessages, travelDocumentReminders, travelDocuments, users } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { createTestDb } from "@/test/db";
import { remindExpiringDocuments, reminderSmsKey } from "./remind-expiring-documents";
import { insertTestDocument, registerTestCitizen, residentsWithoutAccount } from "./test-holders";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

/**
 * Each test runs on its own day far in the future, so the sample register's documents (which expire
 * within about ten years of seeding) and other tests' documents stay out of its 90-day window.
 */
const dayOf = (day: string) => new Date(`${day}T09:00:00+08:00`);

async function runToEnd(now: Date, batchSize = 500) {
  let after = null;
  let processed = 0;
  let smsQueued = 0;
  for (;;) {
    const batch = await remindExpiringDocuments(db, { now, batchSize, after });
    processed += batch.processed;
    smsQueued += batch.smsQueued;
    after = batch.cursor;
    if (!batch.more) return { processed, smsQueued };
  }
}

const remindersOf = (documentId: string) =>
  db.select().from(travelDocumentReminders).where(eq(travelDocumentReminders.documentId, documentId));
const smsFor = (documentId: string) =>
  db
    .select()
    .from(smsMessages)
    .where(like(smsMessages.idempotencyKey, `travel-document-expiry:${documentId}:%`));

let phoneSerial = 0;
async function registeredHolders(count: number) {
  const ids = await residentsWithoutAccount(db, { count, unitPathPrefix: "/410000/410100/" });
  const holders = [];
  for (const residentId of ids) {
    const phone = `1390000${String(++phoneSerial).padStart(4, "0")}`;
    const user = await registerTestCitizen(db, { residentId, phone });
    holders.push({ residentId, phone, userId: user.id });
  }
  return holders;
}

describe("remindExpiringDocuments", () => {
  it("reminds each registered holder once per document, by SMS naming the type, masked number, expiry and how to renew", async () => {
    const now = dayOf("2045-03-01");
    const [holder] = await registeredHolders(1);
    const doc = await insertTestDocument(db, {
      residentId: holder!.residentId,
      expiryDate: "2045-05-30",
      type: "hk_macau_permit",
    });
    const later = await insertTestDocument(db, { residentId: holder!.residentId, expiryDate: "2045-05-31" });

    const first = await runToEnd(now);
    expect(first.smsQueued).toBe(1);
    const [sms] = await smsFor(doc.id);
    expect(sms).toMatchObject({
      template: "travel_document_expiring",
      phoneHash: hashPii("phone", holder!.phone),
      idempotencyKey: reminderSmsKey(doc.id, "2045-05-30"),
    });
    const masked = `${doc.documentNumber.slice(0, 1)}${"*".repeat(doc.documentNumber.length - 5)}${doc.documentNumber.slice(-4)}`;
    expect(sms!.body).toContain("往来港澳通行证");
    expect(sms!.body).toContain(masked);
    expect(sms!.body).not.toContain(doc.documentNumber);
    expect(sms!.body).toContain("2045年5月30日");
    expect(sms!.body).toContain("换发");
    expect(await smsFor(later.id)).toHaveLength(0);

    const second = await runToEnd(now);
    expect(second).toEqual({ processed: 0, smsQueued: 0 });
    expect(await smsFor(doc.id)).toHaveLength(1);
    // The next day the other document enters its window and gets its own reminder.
    expect((await runToEnd(dayOf("2045-03-02"))).smsQueued).toBe(1);
    expect(await smsFor(later.id)).toHaveLength(1);
  });

  it("an interrupted run, started again, sends nothing twice and misses nobody", async () => {
    const now = dayOf("2046-03-01");
    const holders = await registeredHolders(5);
    const docs = [];
    for (const [i, holder] of holders.entries()) {
      docs.push(
        await insertTestDocument(db, {
          residentId: holder.residentId,
          expiryDate: `2046-04-${String(10 + i).padStart(2, "0")}`,
        }),
      );
    }
    const interrupted = await remindExpiringDocuments(db, { now, batchSize: 2 });
    expect(interrupted).toMatchObject({ processed: 2, smsQueued: 2, more: true });

    const rerun = await runToEnd(now, 2);
    expect(rerun.smsQueued).toBe(3);
    for (const doc of docs) expect(await smsFor(doc.id)).toHaveLength(1);
  });

  it("two runs at the same time split the documents and send each reminder once", async () => {
    const now = dayOf("2047-03-01");
    const holders = await registeredHolders(6);
    const docs = [];
    for (const holder of holders)
      docs.push(await insertTestDocument(db, { residentId: holder.residentId, expiryDate: "2047-04-01" }));
    const [a, b] = await Promise.all([runToEnd(now, 2), runToEnd(now, 2)]);
    expect(a.smsQueued + b.smsQueued).toBe(6);
    for (const doc of docs) expect(await smsFor(doc.id)).toHaveLength(1);
  });

  it("reminds a document again once it is renewed to a new expiry date", async () => {
    const [holder] = await registeredHolders(1);
    const doc = await insertTestDocument(db, { residentId: holder!.residentId, expiryDate: "2048-04-01" });
    await runToEnd(dayOf("2048-03-01"));
    await db.update(travelDocuments).set({ expiryDate: "2053-04-01" }).where(eq(travelDocuments.id, doc.id));
    expect((await runToEnd(dayOf("2048-03-01"))).smsQueued).toBe(0);

    await runToEnd(dayOf("2053-03-01"));
    const sms = await smsFor(doc.id);
    expect(sms.map((s) => s.idempotencyKey).sort()).toEqual([
      reminderSmsKey(doc.id, "2048-04-01"),
      reminderSmsKey(doc.id, "2053-04-01"),
    ]);
    expect(await remindersOf(doc.id)).toHaveLength(2);
  });

  it("never reminds an unregistered holder, a disabled account, or a cancelled, lost or far-off document", async () => {
    const now = dayOf("2049-03-01");
    const [unregistered] = await residentsWithoutAccount(db, { count: 1, unitPathPrefix: "/410000/410300/" });
    const [registered, disabled] = await registeredHolders(2);
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, disabled!.userId));
    const skipped = [
      await insertTestDocument(db, { residentId: unregistered!, expiryDate: "2049-04-01" }),
      await insertTestDocument(db, { residentId: disabled!.residentId, expiryDate: "2049-04-01" }),
      await insertTestDocument(db, {
        residentId: registered!.residentId,
        expiryDate: "2049-04-01",
        status: "cancelled",
      }),
      await insertTestDocument(db, { residentId: registered!.residentId, expiryDate: "2049-04-02", status: "lost" }),
      await insertTestDocument(db, { residentId: registered!.residentId, expiryDate: "2049-05-31" }),
      await insertTestDocument(db, { residentId: registered!.residentId, expiryDate: "2049-02-28" }),
    ];
    expect(await runToEnd(now)).toEqual({ processed: 0, smsQueued: 0 });
    for (const doc of skipped) expect(await smsFor(doc.id)).toHaveLength(0);

    // Registering later is enough: the next run finds the document still unreminded.
    await registerTestCitizen(db, { residentId: unregistered!, phone: "13900009999" });
    expect((await runToEnd(now)).smsQueued).toBe(1);
    expect(await smsFor(skipped[0]!.id)).toHaveLength(1);
  });
});
