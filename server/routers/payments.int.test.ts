import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, payments } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createPayment } from "@/server/payments/create-payment";
import { handlePaymentNotification } from "@/server/payments/handle-payment-notification";
import { sandboxPaidNotification, sandboxPaymentProvider } from "@/server/payments/sandbox-payment-provider";
import { createTestDb } from "@/test/db";
import { callerAs, callerAsDemo, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let payerId: string;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  payerId = (await demoUserRow(db, "citizen")).id;
});
afterAll(async () => h.close());

const caller = (user: Who) => callerAs(db, user, { ip: "203.0.113.7" });

const as = (key: DemoAccountKey) => callerAsDemo(db, key, { ip: "203.0.113.7" });

let counter = 0;
async function newOrder() {
  const application = `router-${++counter}`;
  return createPayment(db, {
    purpose: "household_postage",
    subjectType: "household_application",
    subjectId: application,
    payerId,
    amountFen: 2200,
    description: "出生登记户口簿邮寄费",
    idempotencyKey: `household_postage:${application}`,
    returnPath: `/me/applications/${application}`,
  });
}

const noHandlerWork = { household_postage: async () => {} };

describe("payments.status", () => {
  it("shows the payer the order, and when it was paid once it is", async () => {
    const { orderNo } = await newOrder();
    const citizen = await as("citizen");
    expect(await citizen.payments.status({ orderNo })).toMatchObject({
      orderNo,
      status: "pending",
      amountFen: 2200,
      description: "出生登记户口簿邮寄费",
      paidAt: null,
    });
    await handlePaymentNotification(
      db,
      sandboxPaidNotification({ orderNo, amountFen: 2200 }),
      sandboxPaymentProvider,
      noHandlerWork,
    );
    const paid = await citizen.payments.status({ orderNo });
    expect(paid.status).toBe("paid");
    expect(paid.paidAt).toBeInstanceOf(Date);
  });

  it("is not there for another citizen, for officers and admins, and asks anonymous callers to sign in", async () => {
    const { orderNo } = await newOrder();
    for (const key of ["spareCitizen", "stationOfficer", "admin", "insurer"] as const) {
      await expect((await as(key)).payments.status({ orderNo })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(caller(null).payments.status({ orderNo })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses input with unknown fields", async () => {
    const { orderNo } = await newOrder();
    await expect((await as("citizen")).payments.status({ orderNo, payerId } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("payments.cancel", () => {
  it("closes the payer's pending order, audits it, and sends them back with ?payment=cancelled", async () => {
    const { orderNo, paymentId } = await newOrder();
    const result = await (await as("citizen")).payments.cancel({ orderNo });
    expect(result.returnUrl).toMatch(/^\/me\/applications\/router-\d+\?payment=cancelled$/);
    const [row] = await db.select().from(payments).where(eq(payments.id, paymentId));
    expect(row?.status).toBe("closed");
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "payment.cancelled"), eq(auditLog.targetId, paymentId)));
    expect(audit).toMatchObject({ actorId: payerId, ip: "203.0.113.7" });
  });

  it("leaves another citizen's and an officer's order alone", async () => {
    const { orderNo, paymentId } = await newOrder();
    for (const key of ["spareCitizen", "windowOfficer"] as const) {
      await expect((await as(key)).payments.cancel({ orderNo })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(caller(null).payments.cancel({ orderNo })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const [row] = await db.select().from(payments).where(eq(payments.id, paymentId));
    expect(row?.status).toBe("pending");
  });

  it("refuses to cancel an order that is already paid", async () => {
    const { orderNo } = await newOrder();
    await handlePaymentNotification(
      db,
      sandboxPaidNotification({ orderNo, amountFen: 2200 }),
      sandboxPaymentProvider,
      noHandlerWork,
    );
    await expect((await as("citizen")).payments.cancel({ orderNo })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "PAYMENT_ALREADY_PAID" },
    });
  });
});
