import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  blobs,
  finePaymentItems,
  issuedDocuments,
  type Payment,
  payments,
  smsMessages,
  trafficViolations,
} from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { getDocumentVerification } from "@/server/documents/get-document-verification";
import { cancelPayment } from "@/server/payments/cancel-payment";
import { confirmSandboxPayment } from "@/server/payments/confirm-sandbox-payment";
import { handlePaymentNotification } from "@/server/payments/handle-payment-notification";
import { paymentLifetimeMs } from "@/server/payments/create-payment";
import { sandboxPaidNotification, sandboxPaymentProvider } from "@/server/payments/sandbox-payment-provider";
import { readBlob } from "@/server/storage/read-blob";
import { createTestDb } from "@/test/db";
import { createFinePayment } from "./create-fine-payment";
import { lateSurcharge } from "./late-surcharge";
import { listMyFineReceipts } from "./list-my-fine-receipts";
import { listMyViolations } from "./list-my-violations";
import { demoCar, insertTestViolation } from "./test-violations";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let payerId: string;
let spareId: string;
let spareResidentId: string;
let carId: string;
let plate: string;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  payerId = (await demoUserRow(db, "citizen")).id;
  const spare = await demoUserRow(db, "spareCitizen");
  spareId = spare.id;
  spareResidentId = spare.residentId ?? "";
  const car = await demoCar(db);
  carId = car.id;
  plate = car.plateNumber;
});
afterAll(async () => h.close());

const violation = (over: Omit<Parameters<typeof insertTestViolation>[1], "vehicleId"> = {}) =>
  insertTestViolation(db, { vehicleId: carId, ...over });

async function paymentOf(orderNo: string): Promise<Payment> {
  const [row] = await db.select().from(payments).where(eq(payments.orderNo, orderNo));
  if (!row) throw new Error(`no payment ${orderNo}`);
  return row;
}

const statusesOf = async (ids: string[]) =>
  (
    await db
      .select({ id: trafficViolations.id, status: trafficViolations.status })
      .from(trafficViolations)
      .where(inArray(trafficViolations.id, ids))
  )
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    .map((r) => r.status);

const smsOf = (orderNo: string) =>
  db
    .select()
    .from(smsMessages)
    .where(eq(smsMessages.idempotencyKey, `fine_paid:${orderNo}`));

const pendingOf = (ids: string[]) =>
  db
    .selectDistinct({ orderNo: payments.orderNo })
    .from(finePaymentItems)
    .innerJoin(payments, eq(payments.id, finePaymentItems.paymentId))
    .where(and(inArray(finePaymentItems.violationId, ids), eq(payments.status, "pending")));

const deliver = (fields: Record<string, string>) => handlePaymentNotification(db, fields, sandboxPaymentProvider);

describe("paying fines through the sandbox", () => {
  it("pays two fines in one order: the late one with its surcharge, then paid, an SMS and a receipt that verifies", async () => {
    const now = new Date();
    const late = await violation({ code: "1039", daysAgo: 22, now });
    const recent = await violation({ code: "1352", daysAgo: 2, now });
    const surcharge = lateSurcharge({ fineFen: late.fineFen, occurredAt: late.occurredAt, now });
    expect(surcharge).toBeGreaterThan(0);

    const order = await createFinePayment(db, { payerId, violationIds: [recent.id, late.id], now });
    expect(order.amountFen).toBe(late.fineFen + surcharge + recent.fineFen);
    expect(order.checkoutUrl).toBe(`/pay/sandbox/${order.orderNo}`);
    const payment = await paymentOf(order.orderNo);
    expect(payment).toMatchObject({ purpose: "traffic_fine", status: "pending", payerId, amountFen: order.amountFen });
    expect(order.checkoutUrl).not.toContain(payment.id);
    const items = await db.select().from(finePaymentItems).where(eq(finePaymentItems.paymentId, payment.id));
    expect(items.map((i) => [i.violationId, i.fineFen, i.surchargeFen]).sort()).toEqual(
      [
        [late.id, late.fineFen, surcharge],
        [recent.id, recent.fineFen, 0],
      ].sort(),
    );

    const { returnUrl } = await confirmSandboxPayment(db, { orderNo: order.orderNo, payerId });
    expect(returnUrl).toBe(`/traffic/violations?paid=${order.orderNo}`);
    expect(await statusesOf([late.id, recent.id])).toEqual(["paid", "paid"]);

    const [sms] = await smsOf(order.orderNo);
    expect(sms).toMatchObject({ template: "fine_paid", phoneHash: hashPii("phone", demoAccount("citizen").login) });
    expect(sms?.body).toContain(`${(order.amountFen / 100).toFixed(2)}元`);
    expect(sms?.body).toContain(order.orderNo);
    expect(sms?.body).not.toContain(plate);

    const [item] = await db.select().from(finePaymentItems).where(eq(finePaymentItems.violationId, late.id));
    const [document] = await db
      .select()
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, item?.receiptDocumentId ?? ""));
    expect(document).toMatchObject({
      kind: "fine_receipt",
      ownerId: payerId,
      subjectType: "payment",
      subjectId: payment.id,
    });
    const verification = await getDocumentVerification(db, document?.code ?? "", payerId);
    expect(verification.status).toBe("valid");
    if (verification.status !== "valid") return;
    expect(verification.holderNameMasked).toBe("张*");
    const facts = Object.fromEntries(verification.facts.map((f) => [f.label, f.value]));
    expect(facts).toMatchObject({
      缴款订单号: order.orderNo,
      违法代码: "1039、1352",
      违法起数: "2起",
      缴款合计: `${(order.amountFen / 100).toFixed(2)}元`,
      加处罚款: `${(surcharge / 100).toFixed(2)}元`,
    });
    // The verify page is public: the plate is masked there.
    expect(JSON.stringify(verification)).not.toContain(plate.slice(2));

    // The payer downloads the PDF, which is theirs; nobody else's account can.
    const [pdf] = await db
      .select()
      .from(blobs)
      .where(eq(blobs.id, document?.pdfBlobId ?? ""));
    expect(pdf?.ownerId).toBe(payerId);
    const citizen = await demoUserRow(db, "citizen");
    const content = await readBlob(db, {
      blobId: pdf?.id ?? "",
      user: { id: payerId, name: citizen.name, roles: ["citizen"], orgUnitId: null },
    });
    expect(content.contentType).toBe("application/pdf");
    await expect(
      readBlob(db, { blobId: pdf?.id ?? "", user: { id: spareId, name: "牛鹏", roles: ["citizen"], orgUnitId: null } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const receipts = await listMyFineReceipts(db, { userId: payerId });
    expect(receipts.find((r) => r.orderNo === order.orderNo)).toMatchObject({
      documentCode: document?.code,
      pdfBlobId: pdf?.id,
      amountFen: order.amountFen,
    });
    const mine = await listMyViolations(db, { userId: payerId });
    expect(mine.violations.find((v) => v.id === late.id)).toMatchObject({
      status: "paid",
      surchargeFen: 0,
      payable: false,
      receipt: { orderNo: order.orderNo, documentCode: document?.code },
    });
  });

  it("acknowledges a repeated notification without paying, texting or issuing a receipt twice", async () => {
    const v = await violation({ daysAgo: 1 });
    const order = await createFinePayment(db, { payerId, violationIds: [v.id] });
    const fields = sandboxPaidNotification(await paymentOf(order.orderNo));
    const results = await Promise.all([deliver(fields), deliver(fields)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["already_paid", "paid"]);
    expect((await deliver(fields)).outcome).toBe("already_paid");
    expect(await smsOf(order.orderNo)).toHaveLength(1);
    const receipts = await db
      .select()
      .from(issuedDocuments)
      .where(eq(issuedDocuments.subjectId, (await paymentOf(order.orderNo)).id));
    expect(receipts).toHaveLength(1);
    expect(await statusesOf([v.id])).toEqual(["paid"]);
  });

  it("refuses a notification for an order that expired before the payer paid, and pays nothing", async () => {
    const t0 = new Date();
    const v = await violation({ daysAgo: 1, now: t0 });
    const order = await createFinePayment(db, { payerId, violationIds: [v.id], now: t0 });
    const payment = await paymentOf(order.orderNo);
    const afterExpiry = new Date(payment.expiresAt.getTime() + 60_000);
    await expect(
      confirmSandboxPayment(db, { orderNo: order.orderNo, payerId, now: afterExpiry }),
    ).rejects.toMatchObject({
      code: "PAYMENT_EXPIRED",
    });
    await expect(deliver(sandboxPaidNotification(payment, afterExpiry))).rejects.toMatchObject({
      code: "PAYMENT_EXPIRED",
    });
    expect((await paymentOf(order.orderNo)).status).toBe("pending");
    expect(await statusesOf([v.id])).toEqual(["unpaid"]);
    expect(await smsOf(order.orderNo)).toHaveLength(0);
  });

  it("closes an expired order when its fines are paid again, so its late notification is refused and nothing is paid twice", async () => {
    const t0 = new Date(Date.now() - 2 * paymentLifetimeMs);
    const a = await violation({ daysAgo: 3 });
    const b = await violation({ daysAgo: 4 });
    const first = await createFinePayment(db, { payerId, violationIds: [a.id, b.id], now: t0 });
    const firstPayment = await paymentOf(first.orderNo);
    // Later, after it expired, the citizen pays only one of them.
    const second = await createFinePayment(db, { payerId, violationIds: [a.id] });
    expect(second.orderNo).not.toBe(first.orderNo);
    expect((await paymentOf(first.orderNo)).status).toBe("closed");
    await confirmSandboxPayment(db, { orderNo: second.orderNo, payerId });
    // The first order's notification arrives after all (paid in time, delivered late): refused.
    await expect(deliver(sandboxPaidNotification(firstPayment, new Date(t0.getTime() + 60_000)))).rejects.toMatchObject(
      {
        code: "PAYMENT_CLOSED",
      },
    );
    expect(await statusesOf([a.id, b.id])).toEqual(["paid", "unpaid"]);
    expect(await smsOf(first.orderNo)).toHaveLength(0);
  });

  it("gives the same order back for the same fines, in any order, and for requests arriving at once", async () => {
    const a = await violation({ daysAgo: 5 });
    const b = await violation({ daysAgo: 6 });
    const orders = await Promise.all([
      createFinePayment(db, { payerId, violationIds: [a.id, b.id] }),
      createFinePayment(db, { payerId, violationIds: [b.id, a.id] }),
      createFinePayment(db, { payerId, violationIds: [a.id, b.id, a.id] }),
    ]);
    expect(new Set(orders.map((o) => o.orderNo)).size).toBe(1);
    expect(await pendingOf([a.id, b.id])).toHaveLength(1);
    const [payment] = await db
      .select()
      .from(payments)
      .where(eq(payments.orderNo, orders[0]?.orderNo ?? ""));
    expect(
      await db
        .select()
        .from(finePaymentItems)
        .where(eq(finePaymentItems.paymentId, payment?.id ?? "")),
    ).toHaveLength(2);
  });

  it("lets only one of two people pay the same fine at once (the owner and the driver it names)", async () => {
    const v = await violation({ daysAgo: 2, licenceResidentId: spareResidentId });
    const results = await Promise.allSettled([
      createFinePayment(db, { payerId, violationIds: [v.id] }),
      createFinePayment(db, { payerId: spareId, violationIds: [v.id] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "FINE_PAYMENT_IN_PROGRESS" });
    expect(await pendingOf([v.id])).toHaveLength(1);
  });

  it("refuses a different choice that includes a fine in an open order, until that order is cancelled", async () => {
    const a = await violation({ daysAgo: 2 });
    const b = await violation({ daysAgo: 2 });
    const first = await createFinePayment(db, { payerId, violationIds: [a.id] });
    await expect(createFinePayment(db, { payerId, violationIds: [a.id, b.id] })).rejects.toMatchObject({
      code: "FINE_PAYMENT_IN_PROGRESS",
    });
    await cancelPayment(db, { orderNo: first.orderNo, payerId, actor: { id: payerId } });
    const both = await createFinePayment(db, { payerId, violationIds: [a.id, b.id] });
    expect(both.orderNo).not.toBe(first.orderNo);
  });

  it("refuses fines that are paid, being handled, or belong to someone else, and changes nothing", async () => {
    const paid = await violation({ status: "paid" });
    const processing = await violation({ status: "processing" });
    const unpaid = await violation({});
    for (const ids of [[paid.id], [processing.id], [unpaid.id, paid.id]]) {
      await expect(createFinePayment(db, { payerId, violationIds: ids })).rejects.toMatchObject({
        code: "FINE_NOT_PAYABLE",
      });
    }
    // 牛鹏 is neither the owner of 张明's car nor the driver the record names.
    await expect(createFinePayment(db, { payerId: spareId, violationIds: [unpaid.id] })).rejects.toMatchObject({
      code: "FINE_NOT_PAYABLE",
    });
    expect(await pendingOf([paid.id, processing.id, unpaid.id])).toHaveLength(0);
    expect((await listMyViolations(db, { userId: spareId })).violations.map((v) => v.id)).not.toContain(unpaid.id);
  });
});
