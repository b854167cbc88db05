import { TRPCError } from "@trpc/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { resetEnv } from "@/server/env";
import { queueSms } from "@/server/notify/queue-sms";
import { createTestDb } from "@/test/db";
import { callerAs } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

const anonymous = () => callerAs(db, null);

function devTools(on: boolean) {
  process.env.DEV_TOOLS = on ? "1" : "0";
  resetEnv();
}

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  await db.delete(smsMessages);
  await queueSms(db, {
    idempotencyKey: "test:inbox:1",
    phone: "13944445555",
    template: "sign_in_code",
    params: { code: "135790" },
  });
  await queueSms(db, {
    idempotencyKey: "test:inbox:2",
    phone: "13966667777",
    template: "account_locked",
    params: { minutes: "10" },
  });
});

afterEach(() => {
  delete process.env.DEV_TOOLS;
  resetEnv();
});

afterAll(async () => {
  await h?.close();
});

describe("devtools.smsInbox", () => {
  it("does not exist unless dev tools are on", async () => {
    devTools(false);
    const error = await anonymous()
      .devtools.smsInbox({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });

  it("shows every message newest first with masked phones and the full text", async () => {
    devTools(true);
    const inbox = await anonymous().devtools.smsInbox({});
    expect(inbox.map((m) => [m.phoneMasked, m.template, m.status])).toEqual([
      ["139****7777", "account_locked", "queued"],
      ["139****5555", "sign_in_code", "queued"],
    ]);
    expect(inbox[1]?.body).toContain("135790");
    expect(JSON.stringify(inbox)).not.toMatch(/13944445555|13966667777/);
  });

  it("filters by the full phone number and refuses anything else", async () => {
    devTools(true);
    const mine = await anonymous().devtools.smsInbox({ phone: "13944445555" });
    expect(mine.map((m) => m.template)).toEqual(["sign_in_code"]);
    expect(await anonymous().devtools.smsInbox({ phone: "13900000000" })).toEqual([]);
    const bad = await anonymous()
      .devtools.smsInbox({ phone: "1394444" })
      .catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
  });
});
