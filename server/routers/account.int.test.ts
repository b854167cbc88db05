import type { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { smsMessages, users } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { totpCode } from "@/server/accounts/totp";
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

describe("account router", () => {
  it("me: refuses anonymous callers", async () => {
    await expect(caller(null).account.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("me: shows a citizen's masked name and an officer's unit", async () => {
    const citizen = await caller(await sessionUserOf("citizen")).account.me();
    expect(citizen.roles).toEqual(["citizen"]);
    expect(citizen.maskedName).toContain("*");
    expect(citizen.orgUnit).toBeNull();
    const officer = await caller(await sessionUserOf("stationOfficer")).account.me();
    expect(officer.orgUnit?.code).toBe(demoAccount("stationOfficer").orgUnitCode);
    expect(officer.orgUnit?.name).toMatch(/派出所$/);
  });

  it("requestSignInCode: refuses malformed phones and extra fields", async () => {
    await expect(caller(null).account.requestSignInCode({ phone: "12345" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller(null).account.requestSignInCode({ phone: "13800138000", extra: 1 } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("requestSignInCode: queues the SMS and rate-limits by phone, with the caller's IP on record", async () => {
    const phone = demoAccount("citizen").login;
    const anon = caller(null, { "x-forwarded-for": "198.51.100.4" });
    expect(await anon.account.requestSignInCode({ phone })).toEqual({ cooldownSeconds: 60 });
    expect(
      await db
        .select()
        .from(smsMessages)
        .where(eq(smsMessages.phoneHash, hashPii("phone", phone))),
    ).toHaveLength(1);
    await expect(anon.account.requestSignInCode({ phone })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("startTotpEnrolment and confirmTotpEnrolment bind an authenticator for a new officer", async () => {
    const fresh = demoAccount("newOfficer");
    const anon = caller(null);
    await expect(anon.account.startTotpEnrolment({ account: fresh.login, password: "wrong" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const started = await anon.account.startTotpEnrolment({ account: fresh.login, password: fresh.password });
    await expect(anon.account.confirmTotpEnrolment({ token: started.token, code: "abc" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await anon.account.confirmTotpEnrolment({ token: started.token, code: totpCode(started.secret, new Date()) });
    expect((await demoUserRow(db, "newOfficer")).totpEnabledAt).not.toBeNull();
  });

  it("startTotpEnrolment answers a right and a wrong password of an enrolled officer alike", async () => {
    const officer = demoAccount("stationOfficer");
    const answer = (password: string) =>
      caller(null)
        .account.startTotpEnrolment({ account: officer.login, password })
        .then(
          () => null,
          (e: TRPCError) => ({ code: e.code, message: e.message }),
        );
    const right = await answer(officer.password);
    const wrong = await answer(`${officer.password}x`);
    expect(right).toEqual(wrong);
    expect(right).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("signOutEverywhere: refuses anonymous callers, and bumps the session version for a signed-in user", async () => {
    await expect(caller(null).account.signOutEverywhere()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const user = await sessionUserOf("windowOfficer");
    await caller(user).account.signOutEverywhere();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.sessionVersion).toBe(2);
  });
});
