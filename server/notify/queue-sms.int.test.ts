import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { createTestDb } from "@/test/db";
import { queueSms } from "./queue-sms";

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
    const first = await queueSms(db, { idempotencyKey: "test:queue:2", phone: "13911112222", template: "sign_in_code", params: { code: "111111" } });
    const again = await queueSms(db, { idempotencyKey: "test:queue:2", phone: "13911112222", template: "sign_in_code", params: { code: "222222" } });
    expect(again).toEqual({ id: first.id, queued: false });
    const rows = await db.select().from(smsMessages).where(eq(smsMessages.idempotencyKey, "test:queue:2"));
    expect(rows.map((r) => r.params)).toEqual([{ code: "111111" }]);
  });

  it("disappears with the caller's transaction when that rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await queueSms(tx, { idempotencyKey: "test:queue:3", phone: "13911112222", template: "sign_in_code", params: { code: "1" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.select().from(smsMessages).where(eq(smsMessages.idempotencyKey, "test:queue:3"))).toEqual([]);
  });

  it("refuses a broken message before anything is written", async () => {
    await expect(queueSms(db, { idempotencyKey: "test:queue:4", phone: "12345", template: "sign_in_code", params: { code: "1" } })).rejects.toThrow(/mobile/);
    await expect(queueSms(db, { idempotencyKey: "test:queue:4", phone: "13911112222", template: "sign_in_code", params: {} })).rejects.toThrow(/code/);
    expect(await db.select().from(smsMessages).where(eq(smsMessages.idempotencyKey, "test:queue:4"))).toEqual([]);
  });
});
