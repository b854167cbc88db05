import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import type { SessionUser } from "@/server/accounts/session-user";
import { signInCitizenWithPassword } from "@/server/accounts/sign-in-citizen-with-password";
import { demoSessionUser, demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const caller = (user: Who) => callerAs(db, user, { ip: "203.0.113.9" });

async function sessionUserOf(key: DemoAccountKey): Promise<SessionUser> {
  return demoSessionUser(db, key);
}

type Me = ReturnType<typeof caller>["me"];
const calls: [string, (me: Me) => Promise<unknown>][] = [
  ["profile", (me) => me.profile()],
  ["signIns", (me) => me.signIns()],
  ["requestChangePhoneCodes", (me) => me.requestChangePhoneCodes({ newPhone: "13912345678" })],
  ["changePhone", (me) => me.changePhone({ newPhone: "13912345678", oldPhoneCode: "123456", newPhoneCode: "654321" })],
  ["changePassword", (me) => me.changePassword({ currentPassword: "Demo@2026", newPassword: "Another@2026" })],
  ["exportData", (me) => me.exportData()],
];

describe("me router: who may call it", () => {
  it.each(calls)("%s refuses callers who are not signed in", async (_name, call) => {
    await expect(call(caller(null).me)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it.each(calls)("%s refuses officers and admins", async (_name, call) => {
    for (const key of ["windowOfficer", "stationOfficer", "admin"] as const) {
      await expect(call(caller(await sessionUserOf(key)).me)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("changes nothing for a refused caller", async () => {
    const officer = await demoUserRow(db, "windowOfficer");
    await expect(
      caller(await sessionUserOf("windowOfficer")).me.changePassword({
        currentPassword: "Demo@2026",
        newPassword: "Another@2026",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await demoUserRow(db, "windowOfficer")).passwordHash).toBe(officer.passwordHash);
  });
});

describe("me router: the signed-in citizen", () => {
  it("profile: masked values only", async () => {
    const profile = await caller(await sessionUserOf("citizen")).me.profile();
    expect(profile.maskedPhone).toBe("138****8000");
    expect(profile.maskedIdNumber).toBe("410105********1237");
    expect(JSON.stringify(profile)).not.toContain(demoAccount("citizen").idNumber!);
  });

  it("signIns: lists the citizen's own sign-ins, newest first, with IP and outcome", async () => {
    const citizen = demoAccount("citizen");
    await signInCitizenWithPassword(db, { phone: citizen.login, password: "wrong-password", ip: "198.51.100.1" }).catch(
      () => {},
    );
    await signInCitizenWithPassword(db, { phone: citizen.login, password: citizen.password, ip: "198.51.100.2" });
    await signInCitizenWithPassword(db, {
      phone: demoAccount("spareCitizen").login,
      password: "x",
      ip: "198.51.100.3",
    }).catch(() => {});
    const list = await caller(await sessionUserOf("citizen")).me.signIns();
    expect(list.slice(0, 2)).toMatchObject([
      { ip: "198.51.100.2", outcome: "ok", channel: "citizen_password" },
      { ip: "198.51.100.1", outcome: "failed", channel: "citizen_password", reason: "wrong_password" },
    ]);
    expect(list.some((s) => s.ip === "198.51.100.3")).toBe(false);
  });

  it("refuses extra or malformed input with field errors", async () => {
    const me = caller(await sessionUserOf("citizen")).me;
    await expect(me.requestChangePhoneCodes({ newPhone: "12345" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(me.requestChangePhoneCodes({ newPhone: "13912345678", userId: "x" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      me.changePhone({ newPhone: "13912345678", oldPhoneCode: "12", newPhoneCode: "654321" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("changePassword: a wrong current password is a form error; a right one voids the session", async () => {
    const row = await insertTestUser(db, { roles: ["citizen"], phone: "13600009999", password: "Old@2026x" });
    const user: SessionUser = { id: row.id, name: row.name, roles: row.roles, orgUnitId: null };
    await expect(
      caller(user).me.changePassword({ currentPassword: "nope", newPassword: "New@2026x" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "WRONG_PASSWORD", fields: { currentPassword: "WRONG_PASSWORD" } },
    });
    await caller(user).me.changePassword({ currentPassword: "Old@2026x", newPassword: "New@2026x" });
    const [after] = await db.select().from(users).where(eq(users.id, row.id));
    expect(after?.sessionVersion).toBe(row.sessionVersion + 1);
  });

  it("requestChangePhoneCodes: refuses a taken number with a clear message", async () => {
    const me = caller(await sessionUserOf("citizen")).me;
    await expect(me.requestChangePhoneCodes({ newPhone: demoAccount("spareCitizen").login })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "PHONE_TAKEN" },
    });
  });

  it("exportData: the citizen's own full ID number and phone", async () => {
    const data = await caller(await sessionUserOf("citizen")).me.exportData();
    expect(data.account.idNumber).toBe(demoAccount("citizen").idNumber);
    expect(data.account.phone).toBe(demoAccount("citizen").login);
  });
});
