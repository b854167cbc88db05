import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, payments } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { maskName } from "@/server/crypto/mask";
import { chinaToday } from "@/server/dates/china-today";
import { confirmSandboxPayment } from "@/server/payments/confirm-sandbox-payment";
import { createPayment } from "@/server/payments/create-payment";
import type { PaymentHandlers } from "@/server/payments/payment-handlers";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let payer: Awaited<ReturnType<typeof demoUserRow>>;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  payer = await demoUserRow(db, "citizen");
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);

const handlers: PaymentHandlers = { household_postage: async () => {} };
let counter = 0;
async function order(amountFen: number) {
  const subject = `admin-list-${++counter}`;
  return createPayment(db, {
    purpose: "household_postage",
    subjectType: "test",
    subjectId: subject,
    payerId: payer.id,
    amountFen,
    description: "户口簿邮寄费",
    idempotencyKey: `test:${subject}`,
    returnPath: `/me/applications/${subject}`,
  });
}

const today = chinaToday();
let paid: Awaited<ReturnType<typeof order>>;
let open: Awaited<ReturnType<typeof order>>;
let expired: Awaited<ReturnType<typeof order>>;
beforeAll(async () => {
  paid = await order(1800);
  await confirmSandboxPayment(db, { orderNo: paid.orderNo, payerId: payer.id, handlers });
  open = await order(1250);
  expired = await order(900);
  await db
    .update(payments)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(payments.orderNo, expired.orderNo));
  // Our books say paid, the provider never said so: the day's reconciliation must flag it.
  const silent = await order(700);
  await db.update(payments).set({ status: "paid", paidAt: new Date() }).where(eq(payments.orderNo, silent.orderNo));
});

describe("paymentsAdmin.list", () => {
  it("shows the admin the day's orders, newest first, with masked payers, statuses and totals over the filter", async () => {
    const list = await (await as("admin")).paymentsAdmin.list({ fromDay: today, toDay: today });
    expect(list.total).toBe(4);
    expect(list.totals).toEqual({ amountFen: 1800 + 1250 + 900 + 700, paidOrders: 2, paidFen: 1800 + 700 });
    const byOrder = new Map(list.rows.map((r) => [r.orderNo, r]));
    expect(byOrder.get(paid.orderNo)).toMatchObject({
      status: "paid",
      provider: "sandbox",
      purpose: "household_postage",
      amountFen: 1800,
      payerMaskedName: maskName(payer.name),
      providerTradeNo: expect.stringMatching(/^SBX/),
    });
    expect(byOrder.get(open.orderNo)?.status).toBe("pending");
    expect(byOrder.get(expired.orderNo)?.status).toBe("expired");
    expect(JSON.stringify(list)).not.toContain(payer.name);
  });

  it("filters by status, by the start of an order number and by the provider's trade number", async () => {
    const admin = await as("admin");
    const expiredOnly = await admin.paymentsAdmin.list({ fromDay: today, toDay: today, status: "expired" });
    expect(expiredOnly.rows.map((r) => r.orderNo)).toEqual([expired.orderNo]);
    const pendingOnly = await admin.paymentsAdmin.list({ fromDay: today, toDay: today, status: "pending" });
    expect(pendingOnly.rows.map((r) => r.orderNo)).toEqual([open.orderNo]);
    const byPrefix = await admin.paymentsAdmin.list({
      fromDay: today,
      toDay: today,
      number: open.orderNo.slice(0, 14).toLowerCase(),
    });
    expect(byPrefix.rows.map((r) => r.orderNo)).toContain(open.orderNo);
    const [paidRow] = (
      await admin.paymentsAdmin.list({ fromDay: today, toDay: today, status: "paid", number: paid.orderNo })
    ).rows;
    const byTradeNo = await admin.paymentsAdmin.list({
      fromDay: today,
      toDay: today,
      number: paidRow?.providerTradeNo ?? "x",
    });
    expect(byTradeNo.rows.map((r) => r.orderNo)).toEqual([paid.orderNo]);
    expect((await admin.paymentsAdmin.list({ fromDay: "2020-01-01", toDay: "2020-01-31" })).total).toBe(0);
  });

  it("records each view in the audit log", async () => {
    const admin = await demoUserRow(db, "admin");
    await (await as("admin")).paymentsAdmin.list({ fromDay: today, toDay: today, status: "paid", page: 1 });
    const views = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "payments.viewed"), eq(auditLog.actorId, admin.id)));
    expect(views.at(-1)?.details).toMatchObject({ fromDay: today, toDay: today, status: "paid", page: 1 });
  });

  it("refuses a range that ends before it starts, and wildcards in the number", async () => {
    const admin = await as("admin");
    await expect(admin.paymentsAdmin.list({ fromDay: today, toDay: "2020-01-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.paymentsAdmin.list({ fromDay: today, toDay: today, number: "JM%" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.paymentsAdmin.list({ fromDay: "2026-02-30", toDay: today })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("paymentsAdmin.reconciliation", () => {
  it("gives the admin the day's reconciliation with the unconfirmed paid order flagged", async () => {
    const report = await (await as("admin")).paymentsAdmin.reconciliation({ day: today });
    expect(report.totals.flagged).toBe(1);
    expect(report.rows[0]).toMatchObject({ status: "paid_without_notification", flagged: true, orderAmountFen: 700 });
    expect(report.rows.find((r) => r.orderNo === paid.orderNo)?.status).toBe("ok");
  });
});

describe("paymentsAdmin is for admins only", () => {
  it.each([
    ["citizen", "FORBIDDEN"],
    ["trafficOfficer", "FORBIDDEN"],
    ["countyApprover", "FORBIDDEN"],
    ["insurer", "FORBIDDEN"],
    [null, "UNAUTHORIZED"],
  ] as const)("refuses %s", async (key, code) => {
    const caller = await as(key);
    await expect(caller.paymentsAdmin.list({ fromDay: today, toDay: today })).rejects.toMatchObject({ code });
    await expect(caller.paymentsAdmin.reconciliation({ day: today })).rejects.toMatchObject({ code });
  });
});
