import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setDbHandle } from "@/db/client";
import { paymentNotifications, payments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { useAlipayTestKeys } from "@/server/payments/alipay-test-keys";
import { createPayment } from "@/server/payments/create-payment";
import { sandboxPaidNotification } from "@/server/payments/sandbox-payment-provider";
import { createTestDb } from "@/test/db";

const postage = vi.hoisted(() => ({ paid: [] as string[] }));
vi.mock("@/server/applications/on-postage-paid", () => ({
  onPostagePaid: async (_tx: unknown, payment: { orderNo: string }) => {
    postage.paid.push(payment.orderNo);
  },
}));

const { POST } = await import("./route");

let keys: ReturnType<typeof useAlipayTestKeys>;
let h: Awaited<ReturnType<typeof createTestDb>>;
let payerId: string;
beforeAll(async () => {
  keys = useAlipayTestKeys();
  h = await createTestDb();
  setDbHandle(h);
  payerId = (await demoUserRow(h.db, "citizen")).id;
});
afterAll(async () => {
  setDbHandle(undefined);
  await h?.close();
  keys.restore();
});
beforeEach(() => {
  postage.paid = [];
});

let counter = 0;
async function newOrder() {
  const application = `alipay-route-${++counter}`;
  return createPayment(h.db, {
    purpose: "household_postage",
    subjectType: "application",
    subjectId: application,
    payerId,
    amountFen: 1500,
    description: "邮寄费",
    idempotencyKey: `household_postage:${application}`,
    returnPath: `/me/applications/${application}`,
  });
}

/** As Alipay posts it: form-encoded UTF-8, Chinese subject and all. */
function notify(provider: string, fields: Record<string, string>) {
  const request = new Request(`http://localhost/api/payments/${provider}/notify`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-8" },
    body: new URLSearchParams(fields).toString(),
  });
  return POST(request, { params: Promise.resolve({ provider }) });
}

const statusOf = async (orderNo: string) =>
  (await h.db.select({ status: payments.status }).from(payments).where(eq(payments.orderNo, orderNo)))[0]?.status;

describe("POST /api/payments/alipay/notify", () => {
  it('answers "success" to Alipay\'s form post and pays once, however often it comes', async () => {
    const { orderNo } = await newOrder();
    const fields = keys.paidNotification({ orderNo, amountFen: 1500 });
    for (let i = 0; i < 2; i++) {
      const response = await notify("alipay", fields);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("success");
    }
    expect(await statusOf(orderNo)).toBe("paid");
    expect(postage.paid).toEqual([orderNo]);
  });

  it('answers "failure" to a forged notification, pays nothing and logs it', async () => {
    const { orderNo } = await newOrder();
    const { sign: _s, sign_type: _t, ...unsigned } = keys.paidNotification({ orderNo, amountFen: 1500 });
    const response = await notify("alipay", keys.sign(unsigned, keys.ours.privateKey));
    expect(await response.text()).toBe("failure");
    expect(await statusOf(orderNo)).toBe("pending");
    expect(postage.paid).toEqual([]);
    const logged = await h.db.select().from(paymentNotifications).where(eq(paymentNotifications.orderNo, orderNo));
    expect(logged).toMatchObject([{ verified: false, outcome: "refused", reason: "bad_signature" }]);
  });

  it("is closed to sandbox notifications while Alipay collects the payments", async () => {
    const { orderNo } = await newOrder();
    const response = await notify("sandbox", sandboxPaidNotification({ orderNo, amountFen: 1500 }));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("failure");
    expect(await statusOf(orderNo)).toBe("pending");
  });
});
