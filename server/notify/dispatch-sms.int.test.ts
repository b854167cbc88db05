import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { createTestDb, testDbKind } from "@/test/db";
import { dispatchSms, smsMaxAttempts, smsRetryDelaySeconds } from "./dispatch-sms";
import { outboxSmsProvider } from "./outbox-sms-provider";
import { queueSms } from "./queue-sms";
import type { SmsProvider } from "./sms-provider";
import { SmsSendError } from "./sms-send-error";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let seq = 0;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});

afterAll(async () => {
  await h?.close();
});

afterEach(async () => {
  vi.restoreAllMocks();
  // Each test starts from an empty outbox so the counts it asserts are its own.
  await db.delete(smsMessages);
});

async function queue(phone = "13922223333", code = "654321") {
  seq += 1;
  return (
    await queueSms(db, { idempotencyKey: `test:dispatch:${seq}`, phone, template: "sign_in_code", params: { code } })
  ).id;
}

async function row(id: string) {
  const [r] = await db.select().from(smsMessages).where(eq(smsMessages.id, id));
  if (!r) throw new Error("message gone");
  return r;
}

/** Makes a message due now, as if its retry time had come. */
async function makeDue(id: string) {
  await db
    .update(smsMessages)
    .set({ nextAttemptAt: sql`now() - interval '1 second'` })
    .where(eq(smsMessages.id, id));
}

function failingProvider(error: Error, sent: string[] = []): SmsProvider {
  return {
    name: "flaky",
    async send(phone) {
      sent.push(phone);
      throw error;
    },
  };
}

describe("dispatchSms", () => {
  it("marks outbox messages delivered on the embedded default, text kept for the dev inbox", async () => {
    const id = await queue();
    expect(await dispatchSms(db, { provider: outboxSmsProvider })).toEqual({
      sent: 0,
      delivered: 1,
      retrying: 0,
      failed: 0,
    });
    const r = await row(id);
    expect(r).toMatchObject({ status: "delivered", attempts: 1, provider: "outbox", lastError: null });
    expect(r.sentAt).toBeInstanceOf(Date);
    expect(r.body).toContain("654321");
    expect(await dispatchSms(db, { provider: outboxSmsProvider })).toEqual({
      sent: 0,
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
  });

  it("hands the provider the real number, template and parameters, and records its message id", async () => {
    const id = await queue("13922224444", "777888");
    const calls: unknown[] = [];
    const provider: SmsProvider = {
      name: "aliyun",
      async send(...args) {
        calls.push(args);
        return { status: "sent", providerMessageId: "biz-1" };
      },
    };
    await dispatchSms(db, { provider });
    expect(calls).toEqual([["13922224444", expect.stringContaining("777888"), "sign_in_code", { code: "777888" }]]);
    expect(await row(id)).toMatchObject({ status: "sent", provider: "aliyun", providerMessageId: "biz-1" });
  });

  it("retries a temporary failure later with growing delays, then gives up", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const id = await queue();
    const provider = failingProvider(new SmsSendError("flow control", { retryable: true }));
    for (let attempt = 1; attempt <= smsMaxAttempts; attempt += 1) {
      const before = Date.now();
      const result = await dispatchSms(db, { provider });
      const r = await row(id);
      expect(r.attempts).toBe(attempt);
      expect(r.lastError).toBe("flow control");
      if (attempt < smsMaxAttempts) {
        expect(result.retrying).toBe(1);
        expect(r.status).toBe("queued");
        const delay = (r.nextAttemptAt.getTime() - before) / 1000;
        expect(delay).toBeGreaterThan(smsRetryDelaySeconds(attempt) - 5);
        expect(delay).toBeLessThan(smsRetryDelaySeconds(attempt) + 5);
        // Not due yet: another run leaves it alone.
        expect(await dispatchSms(db, { provider })).toEqual({ sent: 0, delivered: 0, retrying: 0, failed: 0 });
        await makeDue(id);
      } else {
        expect(result.failed).toBe(1);
        expect(r.status).toBe("failed");
      }
    }
    expect(smsRetryDelaySeconds(1)).toBeLessThan(smsRetryDelaySeconds(2));
  });

  it("fails at once when the provider says retrying cannot help", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const id = await queue();
    await dispatchSms(db, {
      provider: failingProvider(new SmsSendError("isv.MOBILE_NUMBER_ILLEGAL", { retryable: false })),
    });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, lastError: "isv.MOBILE_NUMBER_ILLEGAL" });
  });

  it("never writes a full phone number to the log or to the stored error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const id = await queue("13955556666");
    await dispatchSms(db, { provider: failingProvider(new Error("number 13955556666 rejected")) });
    const text = logged.mock.calls.flat().join("\n");
    expect(text).toContain("139****6666");
    expect(text).not.toContain("13955556666");
    expect((await row(id)).lastError).toBe("number 139****6666 rejected");
  });

  it("sends in batches until the outbox is empty", async () => {
    const ids = await Promise.all(Array.from({ length: 7 }, (_, i) => queue(`1390000000${i}`)));
    expect(await dispatchSms(db, { provider: outboxSmsProvider, batchSize: 3 })).toMatchObject({ delivered: 7 });
    const rows = await db.select().from(smsMessages).where(inArray(smsMessages.id, ids));
    expect(rows.every((r) => r.status === "delivered" && r.attempts === 1)).toBe(true);
  });

  it("sends each message once when several dispatchers run at the same time", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => queue(`13911${String(i).padStart(6, "0")}`)));
    const sent: string[] = [];
    const provider: SmsProvider = {
      name: "counting",
      async send(phone) {
        sent.push(phone);
        await new Promise((r) => setTimeout(r, 5));
        return { status: "sent", providerMessageId: null };
      },
    };
    // On PostgreSQL these really overlap (SKIP LOCKED splits the work); PGlite serialises them.
    const results = await Promise.all([1, 2, 3].map(() => dispatchSms(db, { provider, batchSize: 4 })));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(20);
    expect(new Set(sent).size).toBe(20);
    expect(sent.length).toBe(20);
    if (testDbKind() === "postgres") expect(results.filter((r) => r.sent > 0).length).toBeGreaterThan(1);
  });
});
