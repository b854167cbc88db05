import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, smsCodes, smsMessages } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { hashPii } from "@/server/crypto/pii";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { createTestDb } from "@/test/db";
import { requestSignInCode } from "./request-sign-in-code";
import { signInCitizenWithCode } from "./sign-in-citizen-with-code";
import { insertTestUser } from "./test-accounts";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());
beforeEach(() => vi.mocked(kickSmsDispatch).mockClear());

const t0 = new Date("2026-11-27T08:00:00Z");
const seconds = (s: number) => new Date(t0.getTime() + s * 1000);
let phoneSeq = 0;

/** A fresh registered citizen per test, so rate limits and locks do not leak between tests. */
async function newCitizen() {
  const phone = `1360000${String(++phoneSeq).padStart(4, "0")}`;
  const user = await insertTestUser(db, { roles: ["citizen"], phone, password: "Right@2026" });
  return { phone, user };
}

/** The code as the citizen reads it: from the newest SMS queued to the phone. */
async function latestCode(phone: string) {
  const [sms] = await db
    .select()
    .from(smsMessages)
    .where(eq(smsMessages.phoneHash, hashPii("phone", phone)))
    .orderBy(desc(smsMessages.createdAt))
    .limit(1);
  const code = sms?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error("no code SMS");
  return code;
}

describe("SMS sign-in codes", () => {
  it("queues a sign-in SMS to a registered citizen and stores only a hash of the code", async () => {
    const citizen = demoAccount("citizen");
    expect(await requestSignInCode(db, { phone: citizen.login, ip: "10.1.0.1", now: t0 })).toEqual({
      cooldownSeconds: 60,
    });
    const code = await latestCode(citizen.login);
    const [sms] = await db
      .select()
      .from(smsMessages)
      .where(eq(smsMessages.phoneHash, hashPii("phone", citizen.login)));
    expect(sms?.template).toBe("sign_in_code");
    expect(sms?.body).toContain("登录验证码");
    const [row] = await db
      .select()
      .from(smsCodes)
      .where(eq(smsCodes.phoneHash, hashPii("phone", citizen.login)));
    expect(row?.codeHash).not.toContain(code);
    expect(row?.expiresAt.getTime()).toBe(t0.getTime() + 5 * 60_000);
    expect(kickSmsDispatch).toHaveBeenCalledOnce();

    const signedIn = await signInCitizenWithCode(db, { phone: citizen.login, code, now: seconds(30) });
    expect(signedIn.user.roles).toEqual(["citizen"]);
  });

  it("answers an unregistered phone exactly like a registered one, but sends nothing", async () => {
    const phone = "13999999999";
    expect(await requestSignInCode(db, { phone, now: t0 })).toEqual({ cooldownSeconds: 60 });
    expect(
      await db
        .select()
        .from(smsMessages)
        .where(eq(smsMessages.phoneHash, hashPii("phone", phone))),
    ).toHaveLength(0);
    expect(kickSmsDispatch).not.toHaveBeenCalled();
    // The same limits apply, so the cool-down reveals nothing either.
    expect((await refusal(requestSignInCode(db, { phone, now: seconds(10) }))).code).toBe("RATE_LIMITED");
    expect((await refusal(signInCitizenWithCode(db, { phone, code: "123456" }))).code).toBe("INVALID_CODE");
  });

  it("accepts a code once only", async () => {
    const { phone } = await newCitizen();
    await requestSignInCode(db, { phone, now: t0 });
    const code = await latestCode(phone);
    await signInCitizenWithCode(db, { phone, code, now: seconds(10) });
    expect((await refusal(signInCitizenWithCode(db, { phone, code, now: seconds(20) }))).code).toBe("INVALID_CODE");
  });

  it("refuses a code after 5 minutes", async () => {
    const { phone } = await newCitizen();
    await requestSignInCode(db, { phone, now: t0 });
    const code = await latestCode(phone);
    expect((await refusal(signInCitizenWithCode(db, { phone, code, now: seconds(5 * 60 + 1) }))).code).toBe(
      "INVALID_CODE",
    );
  });

  it("kills a code after 5 wrong tries, and slows down only the source that guessed", async () => {
    const { phone } = await newCitizen();
    await requestSignInCode(db, { phone, now: t0 });
    const code = await latestCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    const attacker = "198.51.100.40";
    for (let i = 0; i < 5; i++) {
      expect(
        (await refusal(signInCitizenWithCode(db, { phone, code: wrong, ip: attacker, now: seconds(10) }))).code,
      ).toBe("INVALID_CODE");
    }
    expect((await refusal(signInCitizenWithCode(db, { phone, code, ip: attacker, now: seconds(11) }))).code).toBe(
      "RATE_LIMITED",
    );
    // That code is dead for everyone; the owner asks for a new one and signs in at once, from their own phone.
    expect((await refusal(signInCitizenWithCode(db, { phone, code, ip: "203.0.113.40", now: seconds(12) }))).code).toBe(
      "INVALID_CODE",
    );
    await requestSignInCode(db, { phone, now: seconds(70) });
    const fresh = await latestCode(phone);
    const signedIn = await signInCitizenWithCode(db, { phone, code: fresh, ip: "203.0.113.40", now: seconds(75) });
    expect(signedIn.user.roles).toEqual(["citizen"]);
  });

  it("honours only the newest code sent to a phone", async () => {
    const { phone } = await newCitizen();
    await requestSignInCode(db, { phone, now: t0 });
    const first = await latestCode(phone);
    await requestSignInCode(db, { phone, now: seconds(61) });
    const second = await latestCode(phone);
    if (first !== second) {
      expect((await refusal(signInCitizenWithCode(db, { phone, code: first, now: seconds(70) }))).code).toBe(
        "INVALID_CODE",
      );
    }
    await signInCitizenWithCode(db, { phone, code: second, now: seconds(70) });
  });

  it("sends at most one code per phone per 60 seconds and 10 per day", async () => {
    const { phone } = await newCitizen();
    await requestSignInCode(db, { phone, now: t0 });
    const tooSoon = await refusal(requestSignInCode(db, { phone, now: seconds(20) }));
    expect(tooSoon).toMatchObject({ code: "RATE_LIMITED", params: { seconds: 40 } });
    for (let i = 1; i < 10; i++) await requestSignInCode(db, { phone, now: seconds(i * 61) });
    const eleventh = await refusal(requestSignInCode(db, { phone, now: seconds(10 * 61) }));
    expect(eleventh.code).toBe("RATE_LIMITED");
    expect(
      await db
        .select()
        .from(smsMessages)
        .where(eq(smsMessages.phoneHash, hashPii("phone", phone))),
    ).toHaveLength(10);
    await requestSignInCode(db, { phone, now: seconds(86_400 + 1) });
  });

  it("limits requests per IP address across phones", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < 30; i++) {
      await requestSignInCode(db, { phone: `1350000${String(i).padStart(4, "0")}`, ip, now: t0 });
    }
    const blocked = await refusal(requestSignInCode(db, { phone: "13500009999", ip, now: seconds(1) }));
    expect(blocked).toMatchObject({ code: "RATE_LIMITED", params: { seconds: 3599 } });
    await requestSignInCode(db, { phone: "13500009999", ip: "203.0.113.8", now: seconds(1) });
  });

  it("audits each request with a masked phone", async () => {
    const rows = await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_code.requested"));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(JSON.stringify(r.details)).toMatch(/"phone":"1\d\d\*{4}\d{4}"/);
  });
});
