import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { type Payment, paymentNotifications, payments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { alipayPaymentProvider } from "./alipay-payment-provider";
import { useAlipayTestKeys } from "./alipay-test-keys";
import { cancelPayment } from "./cancel-payment";
import { createPayment } from "./create-payment";
import { handlePaymentNotification } from "./handle-payment-notification";
import type { PaymentHandlers } from "./payment-handlers";
import { reconcilePayments } from "./reconcile-payments";

/** Everything happens on one China day in the past, so the report is the same whenever the test runs. */
const day = "2026-11-20";
const at = (time: string) => new Date(`${day}T${time}+08:00`);

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

const handlers: PaymentHandlers = { household_postage: async () => {} };
const deliver = (fields: Record<string, string>) =>
  handlePaymentNotification(db, fields, alipayPaymentProvider, handlers).catch((error: unknown) => error);

let counter = 0;
/** An order created at `time` on the day, payable for 30 minutes from then. */
async function order(time: string, amountFen = 10000): Promise<Payment> {
  const subject = `reconcile-${++counter}`;
  const { paymentId } = await createPayment(db, {
    purpose: "household_postage",
    subjectType: "test",
    subjectId: subject,
    payerId,
    amountFen,
    description: "对账测试",
    idempotencyKey: `test:${subject}`,
    returnPath: `/me/applications/${subject}`,
    now: at(time),
  });
  const [row] = await db
    .update(payments)
    .set({ createdAt: at(time) })
    .where(eq(payments.id, paymentId))
    .returning();
  if (!row) throw new Error("no payment");
  return row;
}

/** Puts what just happened for the order (its payment and notifications) at `time` on the day. */
async function happenedAt(orderNo: string, time: string) {
  await db
    .update(payments)
    .set({ paidAt: at(time) })
    .where(and(eq(payments.orderNo, orderNo), eq(payments.status, "paid")));
  await db
    .update(paymentNotifications)
    .set({ receivedAt: at(time) })
    .where(eq(paymentNotifications.orderNo, orderNo));
}

let report: Awaited<ReturnType<typeof reconcilePayments>>;
const rowOf = (orderNo: string) => report.rows.find((r) => r.orderNo === orderNo);
let paidOk: Payment;
let paidSilently: Payment;
let unknownOrderNo: string;
let wrongAmount: Payment;
let expired: Payment;
let stillOpen: Payment;
let closedThenPaid: Payment;
let fromYesterday: Payment;
let sandboxOrder: Payment;

beforeAll(async () => {
  paidOk = await order("09:00:00", 20050);
  await deliver(keys.paidNotification(paidOk, { gmt_payment: `${day} 09:05:00` }));
  await deliver(keys.paidNotification(paidOk, { gmt_payment: `${day} 09:05:00` }));
  await happenedAt(paidOk.orderNo, "09:05:01");

  // Marked paid without any provider's word (a manual fix, a bug): the money may never have arrived.
  paidSilently = await order("10:00:00", 5000);
  await db
    .update(payments)
    .set({ status: "paid", paidAt: at("10:03:00") })
    .where(eq(payments.id, paidSilently.id));

  unknownOrderNo = "JM20261120NOSUCHORDR";
  await deliver(
    keys.paidNotification({ orderNo: unknownOrderNo, amountFen: 3000 }, { gmt_payment: `${day} 11:00:00` }),
  );
  await happenedAt(unknownOrderNo, "11:00:01");

  wrongAmount = await order("12:00:00", 10000);
  await deliver(
    keys.paidNotification({ orderNo: wrongAmount.orderNo, amountFen: 100 }, { gmt_payment: `${day} 12:01:00` }),
  );
  await happenedAt(wrongAmount.orderNo, "12:01:01");

  expired = await order("13:00:00");

  stillOpen = await order("23:50:00");

  closedThenPaid = await order("14:00:00", 8000);
  await cancelPayment(db, { orderNo: closedThenPaid.orderNo, payerId, actor: { id: payerId } });
  await deliver(keys.paidNotification(closedThenPaid, { gmt_payment: `${day} 14:02:00` }));
  await happenedAt(closedThenPaid.orderNo, "14:02:01");

  // Created the evening before, paid just after midnight: it belongs to both days.
  fromYesterday = await order("15:00:00", 4000);
  await db
    .update(payments)
    .set({ createdAt: new Date(`2026-11-19T23:50:00+08:00`) })
    .where(eq(payments.id, fromYesterday.id));
  await deliver(keys.paidNotification(fromYesterday, { gmt_payment: `${day} 00:05:00` }));
  await happenedAt(fromYesterday.orderNo, "00:05:01");

  // A forged notification: counted, but no confirmation of anything.
  const { sign: _s, sign_type: _t, ...unsigned } = keys.paidNotification(paidSilently);
  await deliver(keys.sign(unsigned, keys.ours.privateKey));
  await db
    .update(paymentNotifications)
    .set({ receivedAt: at("16:00:00") })
    .where(eq(paymentNotifications.verified, false));

  // Another provider's order on the same day, paid through its own notification.
  sandboxOrder = await order("17:00:00", 1200);
  await db
    .update(payments)
    .set({ provider: "sandbox", status: "paid", paidAt: at("17:01:00") })
    .where(eq(payments.id, sandboxOrder.id));

  report = await reconcilePayments(db, { day, now: at("23:59:00") });
});

describe("reconcilePayments", () => {
  it("finds an order paid through Alipay's notification, however often it came, in order", () => {
    expect(rowOf(paidOk.orderNo)).toMatchObject({
      status: "ok",
      flagged: false,
      paymentStatus: "paid",
      orderAmountFen: 20050,
      notifiedAmountFen: 20050,
      notifications: 2,
      lastOutcome: "already_paid",
    });
  });

  it("flags an order our books mark paid that no provider confirmed", () => {
    expect(rowOf(paidSilently.orderNo)).toMatchObject({
      status: "paid_without_notification",
      flagged: true,
      notifications: 0,
    });
  });

  it("flags money Alipay took for an order we do not have", () => {
    expect(rowOf(unknownOrderNo)).toMatchObject({
      status: "notification_without_paid_order",
      flagged: true,
      provider: "alipay",
      purpose: null,
      paymentStatus: null,
      orderAmountFen: null,
      notifiedAmountFen: 3000,
      lastOutcome: "refused",
      lastReason: "unknown_order",
    });
  });

  it("flags a confirmation for another amount than the order's", () => {
    expect(rowOf(wrongAmount.orderNo)).toMatchObject({
      status: "amount_mismatch",
      flagged: true,
      orderAmountFen: 10000,
      notifiedAmountFen: 100,
      paymentStatus: "pending",
      lastReason: "amount_mismatch",
    });
  });

  it("flags money Alipay took for an order the payer had cancelled: it has to be refunded", () => {
    expect(rowOf(closedThenPaid.orderNo)).toMatchObject({
      status: "notification_without_paid_order",
      flagged: true,
      paymentStatus: "closed",
      lastReason: "order_closed",
    });
  });

  it("tells orders never paid and expired from orders still open, without flagging either", () => {
    expect(rowOf(expired.orderNo)).toMatchObject({ status: "pending_expired", flagged: false });
    expect(rowOf(stillOpen.orderNo)).toMatchObject({ status: "pending", flagged: false });
  });

  it("includes an order created the day before and paid on the day", () => {
    expect(rowOf(fromYesterday.orderNo)).toMatchObject({ status: "ok" });
  });

  it("lists the flagged rows first", () => {
    const firstOk = report.rows.findIndex((r) => !r.flagged);
    expect(report.rows.slice(firstOk).some((r) => r.flagged)).toBe(false);
  });

  it("adds up the day: orders, our paid sum, the provider's confirmed sum (each order once), mismatches and forgeries", () => {
    expect(report.totals).toMatchObject({
      // paidOk, paidSilently, wrongAmount, expired, stillOpen, closedThenPaid, sandboxOrder
      orders: 7,
      // paidOk, paidSilently, fromYesterday, sandboxOrder
      paidOrders: 4,
      paidFen: 20050 + 5000 + 4000 + 1200,
      // paidOk, unknown, wrongAmount, closedThenPaid, fromYesterday
      confirmedOrders: 5,
      confirmedFen: 20050 + 3000 + 100 + 8000 + 4000,
      flagged: 5,
      unverifiedNotifications: 1,
    });
    expect(report.totals.byStatus).toMatchObject({
      ok: 2,
      paid_without_notification: 2,
      notification_without_paid_order: 2,
      amount_mismatch: 1,
      pending_expired: 1,
      pending: 1,
    });
  });

  it("reconciles one provider at a time", async () => {
    const alipayOnly = await reconcilePayments(db, { day, provider: "alipay", now: at("23:59:00") });
    expect(alipayOnly.rows.map((r) => r.orderNo)).not.toContain(sandboxOrder.orderNo);
    expect(alipayOnly.totals.paidOrders).toBe(3);
    const sandboxOnly = await reconcilePayments(db, { day, provider: "sandbox", now: at("23:59:00") });
    expect(sandboxOnly.rows.map((r) => [r.orderNo, r.status])).toEqual([
      [sandboxOrder.orderNo, "paid_without_notification"],
    ]);
    expect(sandboxOnly.totals.unverifiedNotifications).toBe(0);
  });

  it("has nothing for a day without payments", async () => {
    const empty = await reconcilePayments(db, { day: "2026-11-18" });
    expect(empty.rows).toEqual([]);
    expect(empty.totals).toMatchObject({
      orders: 0,
      paidFen: 0,
      confirmedFen: 0,
      flagged: 0,
      unverifiedNotifications: 0,
    });
  });
});
