import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { queueSms } from "@/server/notify/queue-sms";
import { smsTemplates } from "@/server/notify/templates";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);

const reworded = "【河南警民通】{service}申请已受理（编号{number}），承办单位：{station}。请留意后续短信。";
const params = { service: "出生登记", number: "HN20261127000001", station: "花园路派出所" };

describe("smsTemplates", () => {
  it("saves an admin's wording that keeps the variables, and texts queued afterwards use it", async () => {
    const admin = await as("admin");
    await admin.smsTemplates.save({ template: "application_submitted", text: reworded });
    const entry = (await admin.smsTemplates.list()).find((e) => e.template === "application_submitted");
    expect(entry).toMatchObject({
      text: reworded,
      edited: true,
      variables: ["service", "number", "station"],
      builtIn: smsTemplates.application_submitted,
    });

    const { id } = await queueSms(db, {
      idempotencyKey: "test:sms-template:1",
      phone: "13800138000",
      template: "application_submitted",
      params,
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "sms.template_changed"), eq(auditLog.targetId, "application_submitted")));
    expect(audit?.details).toMatchObject({ before: smsTemplates.application_submitted, after: reworded });
    const sent = await db.query.smsMessages.findFirst({ where: (m, { eq: is }) => is(m.id, id) });
    expect(sent?.body).toBe(
      "【河南警民通】出生登记申请已受理（编号HN20261127000001），承办单位：花园路派出所。请留意后续短信。",
    );
  });

  it("refuses wording that drops, adds or renames a variable, loses the signature or breaks the line", async () => {
    const admin = await as("admin");
    const refused = (text: string) => admin.smsTemplates.save({ template: "application_submitted", text });
    await expect(refused("【河南警民通】{service}申请已受理，编号{number}。")).rejects.toMatchObject({
      cause: { fields: { text: "SMS_TEMPLATE_PLACEHOLDERS" } },
    });
    await expect(refused("【河南警民通】{service}{number}{station}{name}")).rejects.toMatchObject({
      cause: { fields: { text: "SMS_TEMPLATE_PLACEHOLDERS" } },
    });
    await expect(refused("【河南警民通】{service}{number}{Station}")).rejects.toMatchObject({
      cause: { fields: { text: "SMS_TEMPLATE_PLACEHOLDERS" } },
    });
    await expect(refused("【河南警民通】{service}{number}{station} {")).rejects.toMatchObject({
      cause: { fields: { text: "SMS_TEMPLATE_PLACEHOLDERS" } },
    });
    await expect(refused("{service}{number}{station}")).rejects.toMatchObject({
      cause: { fields: { text: "SMS_TEMPLATE_SIGNATURE" } },
    });
    await expect(refused("【河南警民通】{service}\n{number}{station}")).rejects.toMatchObject({
      cause: { fields: { text: "SMS_TEMPLATE_CHARACTERS" } },
    });
    expect((await admin.smsTemplates.list()).find((e) => e.template === "application_submitted")?.text).toBe(reworded);
  });

  it("goes back to the built-in wording", async () => {
    const admin = await as("admin");
    expect(await admin.smsTemplates.reset({ template: "application_submitted" })).toEqual({
      text: smsTemplates.application_submitted,
    });
    expect((await admin.smsTemplates.list()).find((e) => e.template === "application_submitted")).toMatchObject({
      edited: false,
    });
    const { id } = await queueSms(db, {
      idempotencyKey: "test:sms-template:2",
      phone: "13800138000",
      template: "application_submitted",
      params,
    });
    const sent = await db.query.smsMessages.findFirst({ where: (m, { eq: is }) => is(m.id, id) });
    expect(sent?.body).toContain("受理编号HN20261127000001，由花园路派出所审核");
  });

  it("is for admins only", async () => {
    for (const key of ["stationOfficer", "stationSupervisor", "citizen"] as const) {
      const c = await as(key);
      await expect(c.smsTemplates.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(c.smsTemplates.save({ template: "application_submitted", text: reworded })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(c.smsTemplates.reset({ template: "application_submitted" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(
      (await as("admin")).smsTemplates.save({ template: "no_such_template" as never, text: reworded }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
