import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applications } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { numberApplication } from "./number-application";
import { insertTestApplication } from "@/server/household/test-applications";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

// 23:30 UTC is already the next day in China.
const now = new Date("2031-03-04T23:30:00Z");

async function numberOf(id: string) {
  const [row] = await db.select({ number: applications.number }).from(applications).where(eq(applications.id, id));
  return row?.number;
}

describe("numberApplication", () => {
  it("numbers a day's submissions one after another from 000001, by the China date", async () => {
    const first = await insertTestApplication(db);
    const second = await insertTestApplication(db, { serviceCode: "HZ003" });
    const a = await db.transaction((tx) => numberApplication(tx, { application: first, now }));
    const b = await db.transaction((tx) => numberApplication(tx, { application: second, now }));
    expect(a.number).toBe("HN20310305000001");
    expect(b.number).toBe("HN20310305000002");
    expect(await numberOf(first.id)).toBe("HN20310305000001");
    expect(await numberOf(second.id)).toBe("HN20310305000002");
  });

  it("gives the number back when the submission rolls back, so the day has no gaps", async () => {
    const failed = await insertTestApplication(db, { serviceCode: "HZ004" });
    const next = await insertTestApplication(db, { serviceCode: "HZ005" });
    const before = await numberOf(failed.id);
    await expect(
      db.transaction(async (tx) => {
        await numberApplication(tx, { application: failed, now });
        throw new Error("a later step of the submission failed");
      }),
    ).rejects.toThrow("a later step");
    expect(await numberOf(failed.id)).toBe(before);
    expect((await db.transaction((tx) => numberApplication(tx, { application: next, now }))).number).toBe(
      "HN20310305000003",
    );
  });
});
