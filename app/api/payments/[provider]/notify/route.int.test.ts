import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setDbHandle } from "@/db/client";
import { paymentNotifications, payments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createPayment } from "@/server/payments/create-payment";
import { sandboxPaidNotification, signSandboxNotification } from "@/server/payments/sandbox-payment-provider";
import { createTestDb } from "@/test/db";

const postage = vi.hoisted(() => ({ paid: [] as string[] }));
vi.mock("@/server/applications/on-postage-paid", () => ({
  onPostagePaid: async (_tx: unknown, payment: { orderNo: string }) => {
    postage.paid.push(payment.orderNo);
  },
}));

const { POST } = await import("./route");

let h: Awaited<ReturnType<typeof createTestDb>>;
let payerId: string;
beforeAll(async () => {
  h = await createTestDb();
  setDbHandle(h);
  payerId = (await demoUserRow(h.db, "citizen")).id;
});
afterAll(async () => {
  setDbHandle(undefined);
  await h?.close();
});
beforeEach(() => {
  postage.paid = [];
});

let counter = 0;
async function newOrder() {
  const application = `route-${++counter}`;
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

function notify(provider: string, fields: Record<string, string>) {
  const request = new Request(`http://localhost/api/payments/${provider}/notify`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  return POST(request, { params: Promise.resolve({ provider }) });
}

const statusOf = async (orderNo: string) =>
  (await h.db.select({ status: payments.status }).from(payments).where(eq(payments.orderNo, orderNo)))[0]?.status;

describe("POST /api/payments/[provider]/notify", () => {
  it('answers the provider "success" and pays the order once, however often the notification comes', async () => {
    const { orderNo } = await newOrder();
    const fields = sandboxPaidNotification({ orderNo, amountFen: 1500 });
    for (let i = 0; i < 2; i++) {
      const response = await notify("sandbox", fields);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("success");
    }
    expect(await statusOf(orderNo)).toBe("paid");
    expect(postage.paid).toEqual([orderNo]);
  });

  it('answers "failure" to a tampered notification and leaves the order pending', async () => {
    const { orderNo } = await newOrder();
    const response = await notify("sandbox", {
      ...sandboxPaidNotification({ orderNo, amountFen: 1500 }),
      total_amount: "0.01",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("failure");
    expect(await statusOf(orderNo)).toBe("pending");
    expect(postage.paid).toEqual([]);
  });

  it('answers "failure" to a signed notification for the wrong amount', async () => {
    const { orderNo } = await newOrder();
    const fields = signSandboxNotification({
      ...sandboxPaidNotification({ orderNo, amountFen: 1500 }),
      total_amount: "1.00",
    });
    expect(await (await notify("sandbox", fields)).text()).toBe("failure");
    expect(await statusOf(orderNo)).toBe("pending");
  });

  it("logs a forged notification carrying a NUL byte for reconciliation, with the byte written out", async () => {
    const { orderNo } = await newOrder();
    const fields = {
      ...sandboxPaidNotification({ orderNo, amountFen: 1500 }),
      trade_no: "SBX\u0000forged",
      notify_id: "n\u0000",
    };
    const response = await notify("sandbox", fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("failure");
    expect(await statusOf(orderNo)).toBe("pending");
    const [logged] = await h.db.select().from(paymentNotifications).where(eq(paymentNotifications.orderNo, orderNo));
    expect(logged).toMatchObject({ orderNo, outcome: "refused", reason: "bad_signature", verified: false });
    expect(logged?.fields).toMatchObject({ trade_no: "SBX\\u0000forged", notify_id: "n\\u0000" });
  });

  it("is not there for a provider that is not configured", async () => {
    const { orderNo } = await newOrder();
    const response = await notify("alipay", sandboxPaidNotification({ orderNo, amountFen: 1500 }));
    expect(response.status).toBe(404);
    expect(await statusOf(orderNo)).toBe("pending");
  });
});
