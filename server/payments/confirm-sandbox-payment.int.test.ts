import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { type Payment, payments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { cancelPayment } from "./cancel-payment";
import { confirmSandboxPayment } from "./confirm-sandbox-payment";
import { createPayment } from "./create-payment";
import type { PaymentHandlers } from "./payment-handlers";

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

let handled: string[];
const handlers: PaymentHandlers = {
  household_postage: async (_tx, payment) => {
    handled.push(payment.orderNo);
  },
};
beforeEach(() => {
  handled = [];
});

const t0 = new Date();
let counter = 0;
async function newPayment(): Promise<Payment> {
  const application = `sandbox-${++counter}`;
  const { paymentId } = await createPayment(db, {
    purpose: "household_postage",
    subjectType: "household_application",
    subjectId: application,
    payerId,
    amountFen: 1250,
    description: "居民户口簿邮寄费",
    idempotencyKey: `household_postage:${application}`,
    returnPath: `/me/applications/${application}?tab=postage`,
    now: t0,
  });
  return row(paymentId);
}

async function row(id: string): Promise<Payment> {
  const [found] = await db.select().from(payments).where(eq(payments.id, id));
  if (!found) throw new Error("no payment");
  return found;
}

describe("confirming on the sandbox checkout", () => {
  it("pays the order through the notification path and sends the payer back with ?paid=", async () => {
    const payment = await newPayment();
    const result = await confirmSandboxPayment(db, { orderNo: payment.orderNo, payerId, handlers });
    expect(result.returnUrl).toBe(`/me/applications/${payment.subjectId}?tab=postage&paid=${payment.orderNo}`);
    const paid = await row(payment.id);
    expect(paid.status).toBe("paid");
    expect(paid.providerTradeNo).toMatch(/^SBX\d{8}[0-9A-F]{16}$/);
    expect(handled).toEqual([payment.orderNo]);
  });

  it("treats a second click as done, without paying twice", async () => {
    const payment = await newPayment();
    await Promise.all([
      confirmSandboxPayment(db, { orderNo: payment.orderNo, payerId, handlers }),
      confirmSandboxPayment(db, { orderNo: payment.orderNo, payerId, handlers }),
    ]);
    const again = await confirmSandboxPayment(db, { orderNo: payment.orderNo, payerId, handlers });
    expect(again.returnUrl).toContain(`paid=${payment.orderNo}`);
    expect(handled).toEqual([payment.orderNo]);
  });

  it("is not there for anyone but the payer", async () => {
    const payment = await newPayment();
    await expect(
      confirmSandboxPayment(db, { orderNo: payment.orderNo, payerId: otherId, handlers }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await row(payment.id)).toEqual(payment);
  });

  it("refuses an order that has timed out, as a real provider would", async () => {
    const payment = await newPayment();
    const now = new Date(payment.expiresAt.getTime() + 1000);
    await expect(confirmSandboxPayment(db, { orderNo: payment.orderNo, payerId, handlers, now })).rejects.toMatchObject(
      {
        code: "PAYMENT_EXPIRED",
      },
    );
    expect(await row(payment.id)).toEqual(payment);
    expect(handled).toEqual([]);
  });

  it("refuses an order the payer cancelled", async () => {
    const payment = await newPayment();
    await cancelPayment(db, { orderNo: payment.orderNo, payerId, actor: { id: payerId } });
    await expect(confirmSandboxPayment(db, { orderNo: payment.orderNo, payerId, handlers })).rejects.toMatchObject({
      code: "PAYMENT_CLOSED",
    });
    expect((await row(payment.id)).status).toBe("closed");
  });
});
