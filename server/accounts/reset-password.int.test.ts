import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, smsMessages, users } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { createTestDb } from "@/test/db";
import { checkPasswordResetCode } from "./check-password-reset-code";
import { loadSessionUser } from "./load-session-user";
import { requestPasswordResetCode } from "./request-password-reset-code";
import { resetPassword } from "./reset-password";
import { signInCitizenWithPassword } from "./sign-in-citizen-with-password";
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
const oldPassword = "Winter@2025";
const newPassword = "Summer@2026";

let phoneSeq = 0;
async function newCitizen() {
  const phone = `1380001${String(++phoneSeq).padStart(4, "0")}`;
  const user = await insertTestUser(db, { roles: ["citizen"], phone, password: oldPassword });
  return { phone, user };
}

async function smsTo(phone: string, template: string) {
  return db
    .select()
    .from(smsMessages)
    .where(and(eq(smsMessages.phoneHash, hashPii("phone", phone)), eq(smsMessages.template, template)))
    .orderBy(desc(smsMessages.createdAt));
}

async function resetCode(phone: string, now = t0) {
  await requestPasswordResetCode(db, { phone, now });
  const code = (await smsTo(phone, "reset_password_code"))[0]?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error("no reset code SMS");
  return code;
}

describe("password reset by SMS code", () => {
  it("sets the new password, ends every session, lifts a lock and tells the phone", async () => {
    const { phone, user } = await newCitizen();
    await db
      .update(users)
      .set({ lockedUntil: seconds(600), failedSignIns: 3 })
      .where(eq(users.id, user.id));
    const code = await resetCode(phone);
    expect((await smsTo(phone, "reset_password_code"))[0]?.body).toContain("重置登录密码");
    expect(await checkPasswordResetCode(db, { phone, code, now: seconds(20) })).toEqual({ ok: true });

    await resetPassword(db, { phone, code, password: newPassword, now: seconds(30) });

    // A session signed in before the reset carries the old version and is void now.
    expect(
      await loadSessionUser(db, { userId: user.id, sessionId: randomUUID(), sessionVersion: user.sessionVersion }),
    ).toBeNull();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ sessionVersion: user.sessionVersion + 1, failedSignIns: 0, lockedUntil: null });
    expect(
      await loadSessionUser(db, { userId: user.id, sessionId: randomUUID(), sessionVersion: user.sessionVersion + 1 }),
    ).not.toBeNull();

    expect(
      (await refusal(signInCitizenWithPassword(db, { phone, password: oldPassword, now: seconds(40) }))).code,
    ).toBe("INVALID_CREDENTIALS");
    expect((await signInCitizenWithPassword(db, { phone, password: newPassword, now: seconds(50) })).user.id).toBe(
      user.id,
    );

    const notice = await smsTo(phone, "password_reset");
    expect(notice).toHaveLength(1);
    expect(notice[0]?.body).toContain("11月27日16:00");
    expect(kickSmsDispatch).toHaveBeenCalled();
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.password_reset"), eq(auditLog.targetId, user.id)));
    expect(audits.map((a) => a.outcome)).toEqual(["ok"]);
    expect(JSON.stringify(audits[0]?.details)).not.toContain(phone);
  });

  it("answers an unknown phone exactly like a registered one, sends nothing, and its reset fails like a wrong code", async () => {
    const phone = "13999990001";
    expect(await requestPasswordResetCode(db, { phone, now: t0 })).toEqual({ cooldownSeconds: 60 });
    expect(await smsTo(phone, "reset_password_code")).toHaveLength(0);
    expect(kickSmsDispatch).not.toHaveBeenCalled();
    expect((await refusal(requestPasswordResetCode(db, { phone, now: seconds(10) }))).code).toBe("RATE_LIMITED");
    expect((await refusal(checkPasswordResetCode(db, { phone, code: "123456", now: seconds(20) }))).code).toBe(
      "INVALID_CODE",
    );
    expect(
      (await refusal(resetPassword(db, { phone, code: "123456", password: newPassword, now: seconds(20) }))).code,
    ).toBe("INVALID_CODE");
  });

  it("refuses a weak password or a wrong code and changes nothing; the right code still works", async () => {
    const { phone, user } = await newCitizen();
    const code = await resetCode(phone);
    const weak = await refusal(resetPassword(db, { phone, code, password: "12345678", now: seconds(10) }));
    expect(weak).toMatchObject({ code: "BAD_INPUT", fields: { password: "PASSWORD_ONE_CLASS" } });
    const wrong = code === "000000" ? "111111" : "000000";
    expect(
      (await refusal(resetPassword(db, { phone, code: wrong, password: newPassword, now: seconds(20) }))).code,
    ).toBe("INVALID_CODE");
    const [unchanged] = await db.select().from(users).where(eq(users.id, user.id));
    expect(unchanged?.passwordHash).toBe(user.passwordHash);
    expect(unchanged?.sessionVersion).toBe(user.sessionVersion);
    expect(await smsTo(phone, "password_reset")).toHaveLength(0);

    await resetPassword(db, { phone, code, password: newPassword, now: seconds(30) });
  });

  it("refuses a code older than 5 minutes, and a code that was already used", async () => {
    const { phone } = await newCitizen();
    const code = await resetCode(phone);
    expect(
      (await refusal(resetPassword(db, { phone, code, password: newPassword, now: seconds(5 * 60 + 1) }))).code,
    ).toBe("INVALID_CODE");

    const other = await newCitizen();
    const fresh = await resetCode(other.phone);
    await resetPassword(db, { phone: other.phone, code: fresh, password: newPassword, now: seconds(10) });
    expect(
      (
        await refusal(
          resetPassword(db, { phone: other.phone, code: fresh, password: "Another@2026", now: seconds(20) }),
        )
      ).code,
    ).toBe("INVALID_CODE");
    expect(
      (await signInCitizenWithPassword(db, { phone: other.phone, password: newPassword, now: seconds(30) })).user.id,
    ).toBe(other.user.id);
  });

  it("resets once when the form is submitted twice at once: one session bump, one notice", async () => {
    const { phone, user } = await newCitizen();
    const code = await resetCode(phone);
    const input = { phone, code, password: newPassword, now: seconds(10) };
    const results = await Promise.allSettled([resetPassword(db, input), resetPassword(db, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await smsTo(phone, "password_reset")).toHaveLength(1);
  });

  it("sends no reset code to a disabled account", async () => {
    const { phone, user } = await newCitizen();
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, user.id));
    expect(await requestPasswordResetCode(db, { phone, now: t0 })).toEqual({ cooldownSeconds: 60 });
    expect(await smsTo(phone, "reset_password_code")).toHaveLength(0);
  });

  it("limits reset codes per phone (60 s, 10 a day) and per IP", async () => {
    const { phone } = await newCitizen();
    await requestPasswordResetCode(db, { phone, now: t0 });
    expect(await refusal(requestPasswordResetCode(db, { phone, now: seconds(30) }))).toMatchObject({
      code: "RATE_LIMITED",
      params: { seconds: 30 },
    });
    for (let i = 1; i < 10; i++) await requestPasswordResetCode(db, { phone, now: seconds(i * 61) });
    expect((await refusal(requestPasswordResetCode(db, { phone, now: seconds(10 * 61) }))).code).toBe("RATE_LIMITED");
    expect(await smsTo(phone, "reset_password_code")).toHaveLength(10);

    const ip = "198.51.100.77";
    for (let i = 0; i < 30; i++)
      await requestPasswordResetCode(db, { phone: `1399998${String(i).padStart(4, "0")}`, ip, now: t0 });
    expect((await refusal(requestPasswordResetCode(db, { phone: "13999989999", ip, now: seconds(1) }))).code).toBe(
      "RATE_LIMITED",
    );
  });
});
