import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, type Payment, paymentNotifications, payments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { createTestDb } from "@/test/db";
import { alipayPaymentProvider } from "./alipay-payment-provider";
import { useAlipayTestKeys } from "./alipay-test-keys";
import { cancelPayment } from "./cancel-payment";
import { createPayment } from "./create-payment";
import { handlePaymentNotification } from "./handle-payment-notification";
import type { PaymentHandlers } from "./payment-handlers";

let keys: ReturnType<typeof useAlipayTestKeys>;
let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let payerId: string;
beforeAll(async () => {
  keys = useAlipayTestKeys();
  h = await createTestDb();
  db = h.db;
  payerId = (await demoUserRow(db, "citizen")).id;
});
afterAll(async () => {
  await h?.close();
  keys.restore();
});

let handled: string[];
const handlers: PaymentHandlers = {
  household_postage: async (_tx, payment) => {
    handled.push(payment.orderNo);
  },
};
beforeEach(() => {
  handled = [];
});

let counter = 0;
async function newPayment(now?: Date): Promise<Payment> {
  const subject = `alipay-${++counter}`;
  const { paymentId, checkoutUrl } = await createPayment(db, {
    purpose: "household_postage",
    subjectType: "test",
    subjectId: subject,
    payerId,
    amountFen: 20050,
    description: "测试缴费",
    idempotencyKey: `test:${subject}`,
    returnPath: `/me/applications/${subject}`,
    now,
  });
  expect(checkoutUrl.startsWith("https://openapi.alipay.com/gateway.do?")).toBe(true);
  return row(paymentId);
}

async function row(id: string): Promise<Payment> {
  const [found] = await db.select().from(payments).where(eq(payments.id, id));
  if (!found) throw new Error("no payment");
  return found;
}

const logOf = (orderNo: string) =>
  db
    .select()
    .from(paymentNotifications)
    .where(eq(paymentNotifications.orderNo, orderNo))
    .orderBy(paymentNotifications.id);

const deliver = (fields: Record<string, string>) =>
  handlePaymentNotification(db, fields, alipayPaymentProvider, handlers);

describe("an Alipay notification through handlePaymentNotification", () => {
  it("pays the order once, with Alipay's trade number, and logs it without the buyer's account or the signature", async () => {
    const payment = await newPayment();
    expect(payment.provider).toBe("alipay");
    const fields = keys.paidNotification(payment);
    expect((await deliver(fields)).outcome).toBe("paid");
    expect(await row(payment.id)).toMatchObject({ status: "paid", providerTradeNo: fields.trade_no });
    expect(handled).toEqual([payment.orderNo]);

    const [logged] = await logOf(payment.orderNo);
    expect(logged).toMatchObject({
      provider: "alipay",
      tradeNo: fields.trade_no,
      amountFen: 20050,
      verified: true,
      paid: true,
      outcome: "paid",
      reason: null,
    });
    expect(logged?.fields).toMatchObject({
      out_trade_no: payment.orderNo,
      total_amount: "200.50",
      trade_status: "TRADE_SUCCESS",
    });
    for (const secret of ["buyer_logon_id", "buyer_id", "seller_id", "sign", "subject"])
      expect(logged?.fields).not.toHaveProperty(secret);
  });

  it("acknowledges the same notification again, and several at once, without paying twice", async () => {
    const payment = await newPayment();
    const fields = keys.paidNotification(payment);
    const results = await Promise.all([deliver(fields), deliver(fields), deliver(fields)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["already_paid", "already_paid", "paid"]);
    expect((await deliver(fields)).outcome).toBe("already_paid");
    expect(handled).toEqual([payment.orderNo]);
    const paidAudits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "payment.paid"), eq(auditLog.targetId, payment.id)));
    expect(paidAudits).toHaveLength(1);
    expect((await logOf(payment.orderNo)).map((l) => l.outcome).sort()).toEqual([
      "already_paid",
      "already_paid",
      "already_paid",
      "paid",
    ]);
  });

  it("refuses a forged notification, pays nothing, and logs the attempt as unverified", async () => {
    const payment = await newPayment();
    const { sign: _sign, sign_type: _type, ...unsigned } = keys.paidNotification(payment);
    const forged = keys.sign(unsigned, keys.ours.privateKey);
    await expect(deliver(forged)).rejects.toMatchObject({ code: "PAYMENT_INVALID", reason: "bad_signature" });
    expect(await row(payment.id)).toEqual(payment);
    expect(handled).toEqual([]);
    expect(await logOf(payment.orderNo)).toMatchObject([
      {
        provider: "alipay",
        verified: false,
        paid: false,
        outcome: "refused",
        reason: "bad_signature",
        tradeNo: null,
        amountFen: null,
      },
    ]);
  });

  it("refuses a genuine notification whose amount was changed in transit", async () => {
    const payment = await newPayment();
    await expect(deliver({ ...keys.paidNotification(payment), total_amount: "0.01" })).rejects.toMatchObject({
      code: "PAYMENT_INVALID",
    });
    expect((await row(payment.id)).status).toBe("pending");
  });

  it("refuses a notification Alipay signed for another merchant's application", async () => {
    const payment = await newPayment();
    await expect(deliver(keys.paidNotification(payment, { app_id: "2021000000009999" }))).rejects.toMatchObject({
      code: "PAYMENT_INVALID",
    });
    expect((await row(payment.id)).status).toBe("pending");
    expect(await logOf(payment.orderNo)).toMatchObject([{ verified: false, reason: "bad_signature" }]);
  });

  it("refuses a late notification for an order the payer cancelled, and logs the refusal", async () => {
    const payment = await newPayment();
    await cancelPayment(db, { orderNo: payment.orderNo, payerId, actor: { id: payerId } });
    await expect(deliver(keys.paidNotification(payment))).rejects.toMatchObject({ code: "PAYMENT_CLOSED" });
    expect((await row(payment.id)).status).toBe("closed");
    expect(handled).toEqual([]);
    expect(await logOf(payment.orderNo)).toMatchObject([
      { verified: true, paid: true, outcome: "refused", reason: "order_closed" },
    ]);
  });

  it("refuses a payment Alipay says was made after the order expired", async () => {
    const payment = await newPayment(new Date(Date.now() - 40 * 60_000));
    const after = chinaDateTime(new Date(payment.expiresAt.getTime() + 60_000));
    await expect(deliver(keys.paidNotification(payment, { gmt_payment: after }))).rejects.toMatchObject({
      code: "PAYMENT_EXPIRED",
    });
    expect((await row(payment.id)).status).toBe("pending");
    expect(handled).toEqual([]);
    expect(await logOf(payment.orderNo)).toMatchObject([{ outcome: "refused", reason: "order_expired" }]);
  });

  it("refuses an expired order when the notification does not say when the payer paid", async () => {
    const payment = await newPayment(new Date(Date.now() - 40 * 60_000));
    const { sign: _s, sign_type: _t, gmt_payment: _g, ...rest } = keys.paidNotification(payment);
    await expect(deliver(keys.sign(rest))).rejects.toMatchObject({ code: "PAYMENT_EXPIRED" });
    expect((await row(payment.id)).status).toBe("pending");
  });

  it("pays an order whose notification arrives after expiry for a payment made in time", async () => {
    const payment = await newPayment(new Date(Date.now() - 40 * 60_000));
    const inTime = chinaDateTime(new Date(payment.expiresAt.getTime() - 5 * 60_000));
    expect((await deliver(keys.paidNotification(payment, { gmt_payment: inTime }))).outcome).toBe("paid");
    expect(handled).toEqual([payment.orderNo]);
  });

  it("never un-pays: a TRADE_CLOSED notification after payment is acknowledged and changes nothing", async () => {
    const payment = await newPayment();
    await deliver(keys.paidNotification(payment));
    const paid = await row(payment.id);
    expect((await deliver(keys.paidNotification(payment, { trade_status: "TRADE_CLOSED" }))).outcome).toBe(
      "already_paid",
    );
    expect(await row(payment.id)).toEqual(paid);
  });

  it("logs a notification whose handler failed, leaving the order for Alipay's retry", async () => {
    const payment = await newPayment();
    const failing: PaymentHandlers = {
      household_postage: async () => {
        throw new Error("fine register unavailable");
      },
    };
    const fields = keys.paidNotification(payment);
    await expect(handlePaymentNotification(db, fields, alipayPaymentProvider, failing)).rejects.toThrow(
      "fine register unavailable",
    );
    expect((await row(payment.id)).status).toBe("pending");
    expect((await deliver(fields)).outcome).toBe("paid");
    expect((await logOf(payment.orderNo)).map((l) => [l.outcome, l.reason])).toEqual([
      ["failed", "internal_error"],
      ["paid", null],
    ]);
  });
});
