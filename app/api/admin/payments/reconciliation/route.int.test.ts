import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, payments } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoSessionUser, demoUserRow } from "@/server/accounts/test-accounts";
import { createPayment } from "@/server/payments/create-payment";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { GET } = await import("./route");

const day = "2026-11-20";
const h = routeTestDb();
let orderNo: string;

async function signIn(key: DemoAccountKey) {
  const user = await demoSessionUser(h.db, key);
  signInAs(user);
  return user;
}

const get = (query: string, cookie?: string) =>
  GET(
    new Request(`http://localhost/api/admin/payments/reconciliation?${query}`, { headers: cookie ? { cookie } : {} }),
  );

beforeAll(async () => {
  const payer = await demoUserRow(h.db, "citizen");
  const created = await createPayment(h.db, {
    purpose: "household_postage",
    subjectType: "test",
    subjectId: "csv-1",
    payerId: payer.id,
    amountFen: 12345,
    description: "邮寄费",
    idempotencyKey: "test:csv-1",
    returnPath: "/me/applications/csv-1",
  });
  orderNo = created.orderNo;
  // Paid in our books with no notification from the provider: a flagged row.
  await h.db
    .update(payments)
    .set({ status: "paid", createdAt: new Date(`${day}T10:00:00+08:00`), paidAt: new Date(`${day}T10:01:00+08:00`) })
    .where(eq(payments.orderNo, orderNo));
});

describe("GET /api/admin/payments/reconciliation", () => {
  it("gives an admin the day as a CSV download Excel opens as UTF-8, headed in Chinese, with the mismatch marked", async () => {
    const admin = await signIn("admin");
    const res = await get(`day=${day}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="reconciliation-${day}.csv"`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row, ...rest] = bytes.toString("utf8").slice(1).split("\r\n");
    expect(header?.startsWith("订单号,支付渠道,缴费事项,订单状态,订单金额（元）")).toBe(true);
    expect(row).toBe(
      `${orderNo},沙箱（测试）,户籍证件邮寄费,已支付,123.45,,,2026-11-20 10:00:00,2026-11-20 10:01:00,0,,,,paid_without_notification,已记为支付但没有渠道通知,是`,
    );
    expect(rest).toEqual([""]);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "payments.reconciliation_exported"), eq(auditLog.actorId, admin.id)));
    expect(audit).toMatchObject({ outcome: "ok", details: { day, provider: null, rows: 1, flagged: 1 } });
  });

  it("speaks English to an admin who chose it", async () => {
    await signIn("admin");
    // text() decodes as UTF-8 and drops the byte order mark.
    const text = await (await get(`day=${day}`, "NEXT_LOCALE=en")).text();
    expect(text.startsWith("Order number,Provider,Paid for,Order status")).toBe(true);
    expect(text).toContain("Paid in our books, no provider notification");
  });

  it("answers 401 to a visitor and 403 to staff who are not admins, recording the attempt", async () => {
    expect((await get(`day=${day}`)).status).toBe(401);
    for (const key of ["trafficOfficer", "citizen"] as const) {
      const user = await signIn(key);
      const res = await get(`day=${day}`);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe("");
      const attempts = await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "payments.reconciliation_exported"), eq(auditLog.actorId, user.id)));
      expect(attempts).toMatchObject([{ outcome: "denied" }]);
    }
  });

  it("answers 400 to a day that is not a date", async () => {
    await signIn("admin");
    expect((await get("day=2026-13-01")).status).toBe(400);
    expect((await get("")).status).toBe(400);
    expect((await get(`day=${day}&provider=Alipay!`)).status).toBe(400);
  });
});
