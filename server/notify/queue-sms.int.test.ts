import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { smsMessages, smsTemplateTexts } from "@/db/schema";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { createTestDb } from "@/test/db";
import { queueSms } from "./queue-sms";
import { queueSmsBatch } from "./queue-sms-batch";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});

afterAll(async () => {
  await h?.close();
});

describe("queueSms", () => {
  it("queues the rendered text with the phone encrypted and hashed, never in clear", async () => {
    const { id, queued } = await queueSms(db, {
      idempotencyKey: "test:queue:1",
      phone: "13911112222",
      template: "sign_in_code",
      params: { code: "123456" },
    });
    expect(queued).toBe(true);
    const [row] = await db.select().from(smsMessages).where(eq(smsMessages.id, id));
    expect(row).toMatchObject({
      status: "queued",
      attempts: 0,
      template: "sign_in_code",
      params: { code: "123456" },
      body: "【河南警民通】您的登录验证码为123456，5分钟内有效，请勿泄露。如非本人操作请忽略。",
      phoneHash: hashPii("phone", "13911112222"),
    });
    expect(row?.phoneEnc).not.toContain("13911112222");
    expect(decryptPii(row?.phoneEnc ?? "")).toBe("13911112222");
  });

  it("queues a repeated request once and returns the first message", async () => {
    const first = await queueSms(db, {
      idempotencyKey: "test:queue:2",
      phone: "13911112222",
      template: "sign_in_code",
      params: { code: "111111" },
    });
    const again = await queueSms(db, {
      idempotencyKey: "test:queue:2",
      phone: "13911112222",
      template: "sign_in_code",
      params: { code: "222222" },
    });
    expect(again).toEqual({ id: first.id, queued: false });
    const rows = await db.select().from(smsMessages).where(eq(smsMessages.idempotencyKey, "test:queue:2"));
    expect(rows.map((r) => r.params)).toEqual([{ code: "111111" }]);
  });

  it("disappears with the caller's transaction when that rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await queueSms(tx, {
          idempotencyKey: "test:queue:3",
          phone: "13911112222",
          template: "sign_in_code",
          params: { code: "1" },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.select().from(smsMessages).where(eq(smsMessages.idempotencyKey, "test:queue:3"))).toEqual([]);
  });

  it("refuses a broken message before anything is written", async () => {
    await expect(
      queueSms(db, { idempotencyKey: "test:queue:4", phone: "12345", template: "sign_in_code", params: { code: "1" } }),
    ).rejects.toThrow(/mobile/);
    await expect(
      queueSms(db, { idempotencyKey: "test:queue:4", phone: "13911112222", template: "sign_in_code", params: {} }),
    ).rejects.toThrow(/code/);
    expect(await db.select().from(smsMessages).where(eq(smsMessages.idempotencyKey, "test:queue:4"))).toEqual([]);
  });
});

describe("queueSmsBatch", () => {
  const reminder = (key: string, phone: string) => ({
    idempotencyKey: key,
    phone,
    template: "travel_document_expiring" as const,
    params: { document: "普通护照", number: "E1****678", expiry: "2027年1月5日" },
  });

  it("queues a job's batch in the admin's saved wording, and a key already in the outbox only once", async () => {
    const wording = "【河南警民通】提醒：您的{document}（{number}）将于{expiry}到期，请及时办理换发。";
    await db.insert(smsTemplateTexts).values({ template: "travel_document_expiring", text: wording });
    await queueSms(db, reminder("test:batch:1", "13911110001"));

    const queued = await queueSmsBatch(db, [
      reminder("test:batch:1", "13911110001"),
      reminder("test:batch:2", "13911110002"),
      reminder("test:batch:3", "13911110003"),
    ]);

    expect([...queued.keys()]).toEqual(["test:batch:2", "test:batch:3"]);
    const rows = await db
      .select()
      .from(smsMessages)
      .where(eq(smsMessages.id, queued.get("test:batch:3")!));
    expect(rows[0]?.body).toBe("【河南警民通】提醒：您的普通护照（E1****678）将于2027年1月5日到期，请及时办理换发。");
    expect(decryptPii(rows[0]?.phoneEnc ?? "")).toBe("13911110003");
  });

  it("writes nothing when one message of the batch is broken", async () => {
    await expect(
      queueSmsBatch(db, [reminder("test:batch:4", "13911110004"), reminder("test:batch:5", "123")]),
    ).rejects.toThrow(/mobile/);
    expect(await db.select().from(smsMessages).where(eq(smsMessages.idempotencyKey, "test:batch:4"))).toEqual([]);
  });
});
