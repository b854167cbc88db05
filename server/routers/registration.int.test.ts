import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { smsCodes, smsMessages, users } from "@/db/schema";
import { demoResidents } from "@/server/seed/population";
import { privacyNotice } from "@/server/accounts/privacy-notice";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const caller = (user: Who, headers: Record<string, string> = {}) => callerAs(db, user, { headers });

async function sessionUserOf(key: Parameters<typeof demoUserRow>[1]): Promise<SessionUser> {
  const row = await demoUserRow(db, key);
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}

async function latestCode(phone: string, template: string) {
  const [sms] = await db
    .select()
    .from(smsMessages)
    .where(and(eq(smsMessages.phoneHash, hashPii("phone", phone)), eq(smsMessages.template, template)))
    .orderBy(desc(smsMessages.createdAt))
    .limit(1);
  const code = sms?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error(`no ${template} SMS`);
  return code;
}

const lina = demoResidents.unregistered;
const phone = "13700009001";
const password = "Spring@2026";

describe("registration and password-reset procedures", () => {
  it("are for visitors only: a signed-in citizen or officer is refused and nothing is sent", async () => {
    for (const key of ["citizen", "stationOfficer", "admin"] as const) {
      const signedIn = caller(await sessionUserOf(key));
      await expect(signedIn.registration.requestCode({ phone })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(signedIn.registration.checkCode({ phone, code: "123456" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        signedIn.registration.register({
          phone,
          code: "123456",
          name: lina.name,
          idNumber: lina.idNumber,
          password,
          consentVersion: privacyNotice.version,
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        signedIn.registration.alertIdHolder({ phone, code: "123456", name: lina.name, idNumber: lina.idNumber }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(signedIn.passwordReset.requestCode({ phone })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(signedIn.passwordReset.checkCode({ phone, code: "123456" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(signedIn.passwordReset.reset({ phone, code: "123456", password })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(
      await db
        .select()
        .from(smsCodes)
        .where(eq(smsCodes.phoneHash, hashPii("phone", phone))),
    ).toHaveLength(0);
  });

  it("status: only for citizens", async () => {
    await expect(caller(null).registration.status()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller(await sessionUserOf("windowOfficer")).registration.status()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await caller(await sessionUserOf("citizen")).registration.status()).toEqual({
      verification: "verified",
      maskedName: "张*",
    });
  });

  it("refuses malformed phones and extra fields", async () => {
    const anon = caller(null);
    await expect(anon.registration.requestCode({ phone: "1380013800" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anon.registration.requestCode({ phone, extra: true } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(anon.passwordReset.reset({ phone, code: "1", password, admin: true } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("registers a visitor end to end, with the caller's IP on the code, then resets the password", async () => {
    const anon = caller(null, { "x-forwarded-for": "198.51.100.9" });
    expect(await anon.registration.requestCode({ phone })).toEqual({ cooldownSeconds: 60 });
    await expect(anon.registration.requestCode({ phone })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const [codeRow] = await db
      .select()
      .from(smsCodes)
      .where(eq(smsCodes.phoneHash, hashPii("phone", phone)));
    expect(codeRow?.ip).toBe("198.51.100.9");
    const code = await latestCode(phone, "register_code");
    expect(await anon.registration.checkCode({ phone, code })).toEqual({ phoneRegistered: false });

    const mismatch = anon.registration.register({
      phone,
      code,
      name: "李娟",
      idNumber: lina.idNumber,
      password,
      consentVersion: privacyNotice.version,
    });
    await expect(mismatch).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { code: "IDENTITY_MISMATCH" } });
    const outcome = await anon.registration.register({
      phone,
      code,
      name: lina.name,
      idNumber: lina.idNumber,
      password,
      consentVersion: privacyNotice.version,
    });
    expect(outcome.verification).toBe("verified");
    const [user] = await db.select().from(users).where(eq(users.id, outcome.userId));
    expect(user?.residentId).not.toBeNull();

    expect(await anon.passwordReset.requestCode({ phone })).toEqual({ cooldownSeconds: 60 });
    const resetCode = await latestCode(phone, "reset_password_code");
    expect(await anon.passwordReset.checkCode({ phone, code: resetCode })).toEqual({ ok: true });
    await anon.passwordReset.reset({ phone, code: resetCode, password: "Autumn@2026" });
    const [after] = await db.select().from(users).where(eq(users.id, outcome.userId));
    expect(after?.sessionVersion).toBe((user?.sessionVersion ?? 0) + 1);
  });
});
