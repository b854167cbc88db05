import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, type Payment, payments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { recordAudit } from "@/server/audit/record-audit";
import { createTestDb } from "@/test/db";
import { cancelPayment } from "./cancel-payment";
import { createPayment } from "./create-payment";
import { handlePaymentNotification } from "./handle-payment-notification";
import type { PaymentHandlers } from "./payment-handlers";
import { sandboxPaidNotification, sandboxPaymentProvider, signSandboxNotification } from "./sandbox-payment-provider";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let payerId: string;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  payerId = (await demoUserRow(db, "citizen")).id;
});
afterAll(async () => h.close());

/** Orders the stand-in handler was run for; it also writes in the transaction it is given. */
let handled: string[];
const handlers: PaymentHandlers = {
  household_postage: async (tx, payment) => {
    handled.push(payment.orderNo);
    await recordAudit(tx, {
      actor: { id: null },
      action: "test.postage_paid",
      targetType: "payment",
      targetId: payment.id,
    });
  },
};
beforeEach(() => {
  handled = [];
});

let counter = 0;
async function newPayment(amountFen = 1800): Promise<Payment> {
  const application = `notify-${++counter}`;
  const { paymentId } = await createPayment(db, {
    purpose: "household_postage",
    subjectType: "household_application",
    subjectId: application,
    payerId,
    amountFen,
    description: "户口迁移证邮寄费",
    idempotencyKey: `household_postage:${application}`,
    returnPath: `/me/applications/${application}`,
  });
  return row(paymentId);
}

async function row(id: string): Promise<Payment> {
  const [found] = await db.select().from(payments).where(eq(payments.id, id));
  if (!found) throw new Error("no payment");
  return found;
}

const auditsOf = (action: string, paymentId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, paymentId)));

const deliver = (fields: Record<string, string>) =>
  handlePaymentNotification(db, fields, sandboxPaymentProvider, handlers);

describe("handlePaymentNotification", () => {
  it("marks the order paid with the provider's trade number, runs the purpose's handler in the same transaction, and audits", async () => {
    const payment = await newPayment();
    const fields = sandboxPaidNotification(payment);
    const result = await deliver(fields);
    expect(result.outcome).toBe("paid");
    const paid = await row(payment.id);
    expect(paid).toMatchObject({ status: "paid", providerTradeNo: fields.trade_no });
    expect(paid.paidAt).toBeInstanceOf(Date);
    expect(handled).toEqual([payment.orderNo]);
    expect(await auditsOf("test.postage_paid", payment.id)).toHaveLength(1);
    const [audit] = await auditsOf("payment.paid", payment.id);
    expect(audit?.details).toMatchObject({
      orderNo: payment.orderNo,
      amountFen: 1800,
      purpose: "household_postage",
      provider: "sandbox",
    });
  });

  it("acknowledges the same notification delivered again without running the handler twice", async () => {
    const payment = await newPayment();
    const fields = sandboxPaidNotification(payment);
    expect((await deliver(fields)).outcome).toBe("paid");
    const afterFirst = await row(payment.id);
    expect((await deliver(fields)).outcome).toBe("already_paid");
    expect(handled).toEqual([payment.orderNo]);
    expect(await row(payment.id)).toEqual(afterFirst);
    expect(await auditsOf("payment.paid", payment.id)).toHaveLength(1);
  });

  it("runs the handler once when the same notification arrives several times at once", async () => {
    const payment = await newPayment();
    const fields = sandboxPaidNotification(payment);
    const results = await Promise.all(Array.from({ length: 4 }, () => deliver(fields)));
    expect(results.map((r) => r.outcome).sort()).toEqual(["already_paid", "already_paid", "already_paid", "paid"]);
    expect(handled).toEqual([payment.orderNo]);
    expect(await auditsOf("test.postage_paid", payment.id)).toHaveLength(1);
    expect(await auditsOf("payment.paid", payment.id)).toHaveLength(1);
  });

  it("refuses a correctly signed notification for another amount and changes nothing", async () => {
    const payment = await newPayment(1800);
    const fields = signSandboxNotification({ ...sandboxPaidNotification(payment), total_amount: "0.01" });
    await expect(deliver(fields)).rejects.toMatchObject({ code: "PAYMENT_AMOUNT_MISMATCH" });
    expect(await row(payment.id)).toEqual(payment);
    expect(handled).toEqual([]);
    expect(await auditsOf("payment.paid", payment.id)).toHaveLength(0);
  });

  it("refuses a notification whose signature does not match and changes nothing", async () => {
    const payment = await newPayment(1800);
    const forged = { ...sandboxPaidNotification({ ...payment, amountFen: 1 }), total_amount: "18.00" };
    await expect(deliver(forged)).rejects.toMatchObject({ code: "PAYMENT_INVALID" });
    expect(await row(payment.id)).toEqual(payment);
    expect(handled).toEqual([]);
  });

  it("refuses a notification for an order that does not exist", async () => {
    const fields = sandboxPaidNotification({ orderNo: "JM20261127NOSUCHORDR", amountFen: 1800 });
    await expect(deliver(fields)).rejects.toMatchObject({ code: "PAYMENT_INVALID" });
  });

  it("refuses to pay an order the payer cancelled", async () => {
    const payment = await newPayment();
    await cancelPayment(db, { orderNo: payment.orderNo, payerId, actor: { id: payerId } });
    const closed = await row(payment.id);
    await expect(deliver(sandboxPaidNotification(payment))).rejects.toMatchObject({ code: "PAYMENT_CLOSED" });
    expect(await row(payment.id)).toEqual(closed);
    expect(handled).toEqual([]);
  });

  it("will not let one provider's notification pay an order given to another provider", async () => {
    const payment = await newPayment();
    await db.update(payments).set({ provider: "alipay" }).where(eq(payments.id, payment.id));
    const before = await row(payment.id);
    await expect(deliver(sandboxPaidNotification(payment))).rejects.toMatchObject({ code: "PAYMENT_INVALID" });
    expect(await row(payment.id)).toEqual(before);
  });

  it("leaves the order pending when the handler fails, so the provider's retry can complete it", async () => {
    const payment = await newPayment();
    const fields = sandboxPaidNotification(payment);
    const failing: PaymentHandlers = {
      household_postage: async (tx, p) => {
        await recordAudit(tx, {
          actor: { id: null },
          action: "test.postage_paid",
          targetType: "payment",
          targetId: p.id,
        });
        throw new Error("application store unavailable");
      },
    };
    await expect(handlePaymentNotification(db, fields, sandboxPaymentProvider, failing)).rejects.toThrow(
      "application store unavailable",
    );
    expect(await row(payment.id)).toEqual(payment);
    expect(await auditsOf("test.postage_paid", payment.id)).toHaveLength(0);
    expect(await auditsOf("payment.paid", payment.id)).toHaveLength(0);

    expect((await deliver(fields)).outcome).toBe("paid");
    expect(handled).toEqual([payment.orderNo]);
  });

  it("acknowledges a notification about a trade that was not paid, without changing the order", async () => {
    const payment = await newPayment();
    const fields = signSandboxNotification({ ...sandboxPaidNotification(payment), trade_status: "WAIT_BUYER_PAY" });
    expect((await deliver(fields)).outcome).toBe("not_paid");
    expect(await row(payment.id)).toEqual(payment);
    expect(handled).toEqual([]);
  });
});
