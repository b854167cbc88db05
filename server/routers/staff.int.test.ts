import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, orgUnits, users } from "@/db/schema";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { confirmTotpEnrolment } from "@/server/accounts/confirm-totp-enrolment";
import { refreshSessionToken } from "@/server/accounts/refresh-session-token";
import type { SessionUser } from "@/server/accounts/session-user";
import { signInStaff } from "@/server/accounts/sign-in-staff";
import { startTotpEnrolment } from "@/server/accounts/start-totp-enrolment";
import { demoSessionUser, demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { totpCode } from "@/server/accounts/totp";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const caller = (user: Who) => callerAs(db, user);

async function sessionUserOf(key: DemoAccountKey): Promise<SessionUser> {
  return demoSessionUser(db, key);
}

async function admin() {
  return caller(await sessionUserOf("admin"));
}

async function unitId(code: string) {
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

async function latestAudit(action: string, targetId: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

async function userRow(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error("no user");
  return row;
}

const initialPassword = "Start2026!";

describe("staff.create", () => {
  it("opens an officer account that enrols TOTP and then signs in", async () => {
    const created = await (
      await admin()
    ).staff.create({
      name: "吴桂芳",
      account: "410105201",
      unitId: await unitId("41010503"),
      roles: ["window_officer", "station_officer"],
      password: initialPassword,
    });
    expect(created.roles).toEqual(["station_officer", "window_officer"]);
    const row = await userRow(created.id);
    expect(row).toMatchObject({ account: "410105201", status: "active", totpSecretEnc: null, totpEnabledAt: null });
    expect(row.passwordHash).not.toContain(initialPassword);

    // Without an authenticator the officer cannot sign in yet…
    await expect(
      signInStaff(db, { account: "410105201", password: initialPassword, totp: "000000" }),
    ).rejects.toMatchObject({ code: "TOTP_NOT_ENROLLED" });
    // …binds one with the initial password, as on /staff/totp-setup…
    const t0 = new Date();
    const enrolment = await startTotpEnrolment(db, { account: "410105201", password: initialPassword, now: t0 });
    await confirmTotpEnrolment(db, { token: enrolment.token, code: totpCode(enrolment.secret, t0), now: t0 });
    // …and signs in with the next code.
    const t1 = new Date(t0.getTime() + 30_000);
    const signedIn = await signInStaff(db, {
      account: "410105201",
      password: initialPassword,
      totp: totpCode(enrolment.secret, t1),
      now: t1,
    });
    expect(signedIn.user).toMatchObject({
      id: created.id,
      roles: ["station_officer", "window_officer"],
      orgUnitId: row.orgUnitId,
    });

    const entry = await latestAudit("staff.created", created.id);
    expect(entry?.actorId).toBe((await demoUserRow(db, "admin")).id);
    expect(entry?.details).toMatchObject({
      before: null,
      after: {
        account: "41*****01",
        roles: ["station_officer", "window_officer"],
        unit: "41010503",
        totpEnrolled: false,
      },
    });
  });

  it("refuses an account number that is already taken, creating nothing", async () => {
    const before = await db.select({ id: users.id }).from(users);
    await expect(
      (await admin()).staff.create({
        name: "重复",
        account: demoAccount("windowOfficer").login,
        unitId: await unitId("41010501"),
        roles: ["window_officer"],
        password: initialPassword,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { code: "ACCOUNT_NUMBER_TAKEN", fields: { account: "ACCOUNT_NUMBER_TAKEN" } },
    });
    expect(await db.select({ id: users.id }).from(users)).toHaveLength(before.length);
  });

  it("refuses a weak initial password, naming the rule it breaks", async () => {
    const attempt = (password: string) =>
      admin().then((a) =>
        a.staff.create({ name: "弱密码", account: "410105202", unitId: 1, roles: ["window_officer"], password }),
      );
    await expect(attempt("Ab1")).rejects.toMatchObject({
      cause: { code: "WEAK_PASSWORD", fields: { password: "PASSWORD_TOO_SHORT" } },
    });
    await expect(attempt("abcdefghij")).rejects.toMatchObject({
      cause: { code: "WEAK_PASSWORD", fields: { password: "PASSWORD_ONE_CLASS" } },
    });
    expect(await db.select().from(users).where(eq(users.account, "410105202"))).toHaveLength(0);
  });

  it("refuses a unit that does not exist and roles outside the staff roles", async () => {
    await expect(
      (await admin()).staff.create({
        name: "无单位",
        account: "410105203",
        unitId: 999_999,
        roles: ["window_officer"],
        password: initialPassword,
      }),
    ).rejects.toMatchObject({ cause: { fields: { unitId: "STAFF_UNIT_INVALID" } } });
    await expect(
      (await admin()).staff.create({
        name: "群众",
        account: "410105204",
        unitId: 1,
        roles: ["citizen"] as never,
        password: initialPassword,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("staff.list", () => {
  it("lists the staff of a unit's subtree, masked, filtered by role, a page at a time", async () => {
    const jinshui = await (await admin()).staff.list({ unitId: await unitId("410105") });
    const codes = jinshui.rows.map((r) => r.unit?.code);
    expect(codes.every((c) => c?.startsWith("410105"))).toBe(true);
    const window = jinshui.rows.find((r) => r.maskedAccount === "41*****02");
    expect(window).toMatchObject({
      maskedName: "陈*",
      roles: ["window_officer"],
      status: "active",
      totpEnrolled: true,
    });
    expect(JSON.stringify(jinshui)).not.toContain(demoAccount("windowOfficer").login);
    expect(JSON.stringify(jinshui)).not.toContain("陈静");

    const approvers = await (await admin()).staff.list({ unitId: await unitId("410105"), role: "county_approver" });
    expect(approvers.rows.map((r) => r.maskedName)).toEqual(["赵*强"]);

    const luoyang = await (await admin()).staff.list({ unitId: await unitId("410300") });
    // 洛阳's station officer and the city bureau's chief, who approves its notices.
    expect(luoyang.rows.map((r) => r.maskedName).sort()).toEqual(["孙*新", "马*"].sort());

    const everyone = await (await admin()).staff.list({});
    expect(everyone.rows.some((r) => r.roles.includes("insurer") && r.unit === null)).toBe(true);
    expect(everyone.total).toBeGreaterThanOrEqual(9);
    expect(everyone.rows.some((r) => (r.roles as string[]).includes("citizen"))).toBe(false);
    const second = await (await admin()).staff.list({ page: 2 });
    expect(second.rows).toHaveLength(Math.max(0, everyone.total - everyone.pageSize));
  });
});

describe("staff.setStatus", () => {
  it("disabling ends the officer's sessions at once; re-enabling lets them sign in again", async () => {
    const officer = await insertTestUser(db, {
      roles: ["station_officer"],
      account: "T5001",
      password: initialPassword,
      orgUnitCode: "41010502",
      totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    });
    const token = await refreshSessionToken(db, {
      token: {},
      signedIn: { id: officer.id, sessionVersion: officer.sessionVersion },
    });
    expect(token?.user.id).toBe(officer.id);

    await (await admin()).staff.setStatus({ userId: officer.id, status: "disabled" });
    expect(await refreshSessionToken(db, { token: token as never })).toBeNull();
    const disabled = await userRow(officer.id);
    expect(disabled).toMatchObject({ status: "disabled", sessionVersion: officer.sessionVersion + 1 });
    expect((await latestAudit("staff.disabled", officer.id))?.details).toMatchObject({
      before: { status: "active", sessionVersion: officer.sessionVersion },
      after: { status: "disabled", sessionVersion: officer.sessionVersion + 1 },
    });

    await (await admin()).staff.setStatus({ userId: officer.id, status: "active" });
    // The old token stays void: re-enabling does not bring old sessions back.
    expect(await refreshSessionToken(db, { token: token as never })).toBeNull();
    const now = new Date();
    const signedIn = await signInStaff(db, {
      account: "T5001",
      password: initialPassword,
      totp: totpCode("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", now),
      now,
    });
    expect(signedIn.sessionVersion).toBe(officer.sessionVersion + 1);
    expect((await latestAudit("staff.enabled", officer.id))?.details).toMatchObject({ after: { status: "active" } });
  });

  it("an admin cannot disable themselves", async () => {
    const me = await demoUserRow(db, "admin");
    await expect((await admin()).staff.setStatus({ userId: me.id, status: "disabled" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      cause: { code: "SELF_LOCKOUT" },
    });
    expect((await demoUserRow(db, "admin")).status).toBe("active");
  });

  it("does not touch citizen accounts", async () => {
    const citizen = await demoUserRow(db, "citizen");
    await expect((await admin()).staff.setStatus({ userId: citizen.id, status: "disabled" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await demoUserRow(db, "citizen")).status).toBe("active");
  });
});

describe("staff.setRoles", () => {
  it("replaces the roles and audits before and after", async () => {
    const officer = await insertTestUser(db, {
      roles: ["station_officer"],
      account: "T5002",
      password: initialPassword,
      orgUnitCode: "41010501",
    });
    const result = await (
      await admin()
    ).staff.setRoles({ userId: officer.id, roles: ["window_officer", "county_approver"] });
    expect(result.roles).toEqual(["county_approver", "window_officer"]);
    expect((await userRow(officer.id)).roles).toEqual(["county_approver", "window_officer"]);
    expect((await latestAudit("staff.roles_changed", officer.id))?.details).toEqual({
      before: { roles: ["station_officer"] },
      after: { roles: ["county_approver", "window_officer"] },
    });
  });

  it("an admin cannot remove their own admin role, but may add another", async () => {
    const me = await demoUserRow(db, "admin");
    await expect((await admin()).staff.setRoles({ userId: me.id, roles: ["station_officer"] })).rejects.toMatchObject({
      cause: { code: "SELF_LOCKOUT" },
    });
    expect((await demoUserRow(db, "admin")).roles).toEqual(["admin"]);
    await (await admin()).staff.setRoles({ userId: me.id, roles: ["admin", "window_officer"] });
    expect((await demoUserRow(db, "admin")).roles).toEqual(["window_officer", "admin"]);
    await (await admin()).staff.setRoles({ userId: me.id, roles: ["admin"] });
  });

  it("refuses an empty role list", async () => {
    const officer = await demoUserRow(db, "stationOfficer");
    await expect((await admin()).staff.setRoles({ userId: officer.id, roles: [] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("staff.resetTotp", () => {
  it("clears the authenticator, ends the sessions, and the officer re-enrols", async () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ";
    const officer = await insertTestUser(db, {
      roles: ["window_officer"],
      account: "T5003",
      password: initialPassword,
      orgUnitCode: "41010501",
      totpSecret: secret,
    });
    const token = await refreshSessionToken(db, {
      token: {},
      signedIn: { id: officer.id, sessionVersion: officer.sessionVersion },
    });

    await (await admin()).staff.resetTotp({ userId: officer.id });
    const row = await userRow(officer.id);
    expect(row).toMatchObject({ totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null });
    expect(await refreshSessionToken(db, { token: token as never })).toBeNull();
    expect((await latestAudit("staff.totp_reset", officer.id))?.details).toMatchObject({
      before: { totpEnrolled: true },
      after: { totpEnrolled: false, sessionVersion: officer.sessionVersion + 1 },
    });

    const now = new Date();
    await expect(
      signInStaff(db, { account: "T5003", password: initialPassword, totp: totpCode(secret, now), now }),
    ).rejects.toMatchObject({ code: "TOTP_NOT_ENROLLED" });
    const enrolment = await startTotpEnrolment(db, { account: "T5003", password: initialPassword, now });
    await confirmTotpEnrolment(db, { token: enrolment.token, code: totpCode(enrolment.secret, now), now });
    expect((await userRow(officer.id)).totpEnabledAt).not.toBeNull();
  });
});

describe("who may manage staff", () => {
  it("refuses every staff procedure to non-admins and anonymous callers", async () => {
    const target = await demoUserRow(db, "stationOfficer");
    const attempts = (c: ReturnType<typeof caller>) => [
      c.staff.units(),
      c.staff.list({}),
      c.staff.create({
        name: "某人",
        account: "410105299",
        unitId: 1,
        roles: ["window_officer"],
        password: initialPassword,
      }),
      c.staff.setRoles({ userId: target.id, roles: ["admin"] }),
      c.staff.setStatus({ userId: target.id, status: "disabled" }),
      c.staff.resetTotp({ userId: target.id }),
    ];
    for (const key of [
      "stationOfficer",
      "countyApprover",
      "windowOfficer",
      "trafficOfficer",
      "insurer",
      "citizen",
    ] as const) {
      for (const attempt of attempts(caller(await sessionUserOf(key)))) {
        await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    }
    for (const attempt of attempts(caller(null))) await expect(attempt).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const unchanged = await demoUserRow(db, "stationOfficer");
    expect(unchanged).toMatchObject({ roles: target.roles, status: "active", sessionVersion: target.sessionVersion });
    expect(await db.select().from(users).where(eq(users.account, "410105299"))).toHaveLength(0);
  });

  it("units: lists the org tree with parents before their units", async () => {
    const units = await (await admin()).staff.units();
    const index = new Map(units.map((u, i) => [u.id, i]));
    expect(units[0]?.level).toBe("province");
    for (const [i, unit] of units.entries()) {
      if (unit.parentId != null) expect(index.get(unit.parentId)).toBeLessThan(i);
    }
  });
});
