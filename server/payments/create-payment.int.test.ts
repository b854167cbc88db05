import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { payments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { cancelPayment } from "./cancel-payment";
import { type CreatePaymentParams, createPayment, paymentLifetimeMs } from "./create-payment";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let payerId: string;
let otherId: string;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  payerId = (await demoUserRow(db, "citizen")).id;
  otherId = (await demoUserRow(db, "spareCitizen")).id;
});
afterAll(async () => h.close());

const t0 = new Date("2026-11-27T02:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function postage(application: string, over: Partial<CreatePaymentParams> = {}): CreatePaymentParams {
  return {
    purpose: "household_postage",
    subjectType: "household_application",
    subjectId: application,
    payerId,
    amountFen: 1800,
    description: "户口迁移证邮寄费",
    idempotencyKey: `household_postage:${application}`,
    returnPath: `/me/applications/${application}`,
    now: t0,
    ...over,
  };
}

const rowsOfKey = (key: string) =>
  db.select().from(payments).where(eq(payments.idempotencyKey, key)).orderBy(payments.attempt);

describe("createPayment", () => {
  it("opens a pending order for 30 minutes, with an unguessable order number and the sandbox checkout", async () => {
    const result = await createPayment(db, postage("app-1"));
    expect(result.status).toBe("pending");
    expect(result.orderNo).toMatch(/^JM20261127[0-9A-Z]{10}$/);
    expect(result.checkoutUrl).toBe(`/pay/sandbox/${result.orderNo}`);
    const [row] = await rowsOfKey("household_postage:app-1");
    expect(row).toMatchObject({
      id: result.paymentId,
      status: "pending",
      amountFen: 1800,
      provider: "sandbox",
      payerId,
      attempt: 1,
      returnPath: "/me/applications/app-1",
      paidAt: null,
      providerTradeNo: null,
    });
    expect(row?.expiresAt.getTime()).toBe(t0.getTime() + paymentLifetimeMs);
  });

  it("gives the same order back when the request is repeated, also when the repeats arrive at once", async () => {
    const first = await Promise.all(Array.from({ length: 5 }, () => createPayment(db, postage("app-2"))));
    const again = await createPayment(db, postage("app-2", { now: later(29) }));
    expect(new Set([...first, again].map((r) => r.orderNo)).size).toBe(1);
    expect(await rowsOfKey("household_postage:app-2")).toHaveLength(1);
  });

  it("answers paid, and creates nothing, once the order of the key is paid", async () => {
    const created = await createPayment(db, postage("app-3"));
    await db
      .update(payments)
      .set({ status: "paid", paidAt: later(1) })
      .where(eq(payments.id, created.paymentId));
    const again = await createPayment(db, postage("app-3", { now: later(60) }));
    expect(again).toEqual({ ...created, status: "paid" });
    expect(await rowsOfKey("household_postage:app-3")).toHaveLength(1);
  });

  it("replaces an order that timed out with one new order, even for requests arriving at once, and closes the old", async () => {
    const old = await createPayment(db, postage("app-4"));
    const retries = await Promise.all(
      Array.from({ length: 4 }, () => createPayment(db, postage("app-4", { now: later(31) }))),
    );
    expect(new Set(retries.map((r) => r.orderNo)).size).toBe(1);
    expect(retries[0]?.orderNo).not.toBe(old.orderNo);
    const rows = await rowsOfKey("household_postage:app-4");
    expect(rows.map((r) => [r.attempt, r.status])).toEqual([
      [1, "closed"],
      [2, "pending"],
    ]);
    expect(rows[1]?.expiresAt.getTime()).toBe(later(31).getTime() + paymentLifetimeMs);
  });

  it("starts a new order after the payer cancelled the last one", async () => {
    const old = await createPayment(db, postage("app-5"));
    await cancelPayment(db, { orderNo: old.orderNo, payerId, actor: { id: payerId } });
    const fresh = await createPayment(db, postage("app-5", { now: later(2) }));
    expect(fresh.status).toBe("pending");
    expect(fresh.orderNo).not.toBe(old.orderNo);
    const pending = await db
      .select()
      .from(payments)
      .where(and(eq(payments.subjectId, "app-5"), eq(payments.status, "pending")));
    expect(pending.map((p) => p.orderNo)).toEqual([fresh.orderNo]);
  });

  it("replaces a pending order when the amount asked for has changed, leaving one payable order", async () => {
    const old = await createPayment(db, postage("app-9"));
    const dearer = await createPayment(db, postage("app-9", { amountFen: 2500, now: later(5) }));
    expect(dearer.orderNo).not.toBe(old.orderNo);
    const rows = await rowsOfKey("household_postage:app-9");
    expect(rows.map((r) => [r.attempt, r.status, r.amountFen])).toEqual([
      [1, "closed", 1800],
      [2, "pending", 2500],
    ]);
  });

  it("refuses a key already used by another payer or for another subject, and a paid key for another amount", async () => {
    const first = await createPayment(db, postage("app-6"));
    await expect(createPayment(db, postage("app-6", { payerId: otherId }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createPayment(db, postage("app-6", { subjectId: "app-7" }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await db
      .update(payments)
      .set({ status: "paid", paidAt: later(1) })
      .where(eq(payments.id, first.paymentId));
    await expect(createPayment(db, postage("app-6", { amountFen: 2000 }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rowsOfKey("household_postage:app-6")).toHaveLength(1);
  });

  it("refuses amounts that are not a positive number of fen and return paths that leave the site", async () => {
    for (const amountFen of [0, -100, 12.5]) {
      await expect(createPayment(db, postage("app-8", { amountFen }))).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { amountFen: "BAD_INPUT" },
      });
    }
    for (const returnPath of ["https://evil.example/", "//evil.example/x", "/me//x"]) {
      await expect(createPayment(db, postage("app-8", { returnPath }))).rejects.toMatchObject({
        code: "BAD_INPUT",
        fields: { returnPath: "BAD_INPUT" },
      });
    }
    expect(await rowsOfKey("household_postage:app-8")).toHaveLength(0);
  });
});
