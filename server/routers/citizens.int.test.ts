import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { signInCitizenWithPassword } from "@/server/accounts/sign-in-citizen-with-password";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { makeIdNumber } from "@/server/population/id-number";
import { createTestDb } from "@/test/db";
import { callerAs, callerAsDemo, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const caller = (user: Who) => callerAs(db, user, { ip: "203.0.113.9" });

const as = (key: DemoAccountKey) => callerAsDemo(db, key, { ip: "203.0.113.9" });

async function latestAudit(action: string, subjectIdHash: string) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectIdHash, subjectIdHash)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

const citizenId = demoResidents.citizen.idNumber;
const citizenIdHash = () => hashPii("id", citizenId);

describe("citizens.lookup", () => {
  it("shows the window officer the demo citizen masked, with the household of their own station, and audits the read", async () => {
    const officer = await demoUserRow(db, "windowOfficer");
    const result = await (await as("windowOfficer")).citizens.lookup({ idNumber: citizenId });

    expect(result.maskedIdNumber).toBe(`${citizenId.slice(0, 6)}********${citizenId.slice(-4)}`);
    expect(result.account).toMatchObject({
      maskedName: "张*",
      maskedPhone: "138****8000",
      verification: "verified",
      status: "active",
      lockedUntil: null,
      failedSignIns: 0,
    });
    expect(result.register?.withinScope).toBe(true);
    expect(result.register?.stationChain.map((u) => u.code)).toEqual(["410100", "410105", "41010501"]);
    expect(result.register?.household?.members.map((m) => m.maskedName).sort()).toEqual(
      ["张*", "张*涵", "李*", "王*兰"].sort(),
    );
    expect(result.register?.household?.members.filter((m) => m.isSubject)).toHaveLength(1);
    // Nothing in the answer carries a full ID number or phone.
    const json = JSON.stringify(result);
    for (const id of Object.values(demoResidents).map((r) => r.idNumber)) expect(json).not.toContain(id);
    expect(json).not.toContain(demoAccount("citizen").login);

    const entry = await latestAudit("citizen.lookup", citizenIdHash());
    expect(entry).toMatchObject({
      actorId: officer.id,
      actorOrgUnitId: officer.orgUnitId,
      targetType: "user",
      outcome: "ok",
      ip: "203.0.113.9",
    });
    expect(entry?.details).toMatchObject({ idNumber: result.maskedIdNumber, found: true, registerDetailsShown: true });
    expect(JSON.stringify(entry)).not.toContain(citizenId);
  });

  it("hides register details from an officer outside the household's jurisdiction, but still shows the account", async () => {
    const result = await (await as("luoyangStationOfficer")).citizens.lookup({ idNumber: citizenId });
    expect(result.account?.verification).toBe("verified");
    expect(result.register).toMatchObject({ withinScope: false, household: null });
    expect(result.register?.stationChain.at(-1)?.name).toBe("花园路派出所");
    const entry = await latestAudit("citizen.lookup", citizenIdHash());
    expect(entry?.details).toMatchObject({ found: true, inRegister: true, registerDetailsShown: false });
  });

  it("finds a person in the register who has no account", async () => {
    const result = await (
      await as("countyApprover")
    ).citizens.lookup({ idNumber: demoResidents.unregistered.idNumber });
    expect(result.account).toBeNull();
    expect(result.register).toMatchObject({ maskedName: "李*", withinScope: true });
  });

  it("audits a look-up that finds nobody, against the number looked up", async () => {
    const nobody = makeIdNumber("410105", "1985-01-01", "777");
    const result = await (await as("stationOfficer")).citizens.lookup({ idNumber: nobody.toLowerCase() });
    expect(result).toEqual({ maskedIdNumber: `410105********${nobody.slice(-4)}`, account: null, register: null });
    const entry = await latestAudit("citizen.lookup", hashPii("id", nobody));
    expect(entry?.details).toMatchObject({ found: false, account: false, inRegister: false });
    expect(entry?.targetId).toBeNull();
  });

  it("refuses an invalid ID number with a field error, and audits nothing", async () => {
    const before = await db.select().from(auditLog).where(eq(auditLog.action, "citizen.lookup"));
    const bad = `${citizenId.slice(0, 17)}${citizenId[17] === "0" ? "1" : "0"}`;
    await expect((await as("windowOfficer")).citizens.lookup({ idNumber: bad })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { idNumber: "ID_NUMBER_CHECKSUM" } },
    });
    const after = await db.select().from(auditLog).where(eq(auditLog.action, "citizen.lookup"));
    expect(after).toHaveLength(before.length);
  });

  it("is refused to traffic officers, insurers, admins, citizens and anonymous callers", async () => {
    for (const key of ["trafficOfficer", "insurer", "admin", "citizen"] as const) {
      await expect((await as(key)).citizens.lookup({ idNumber: citizenId })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(caller(null).citizens.lookup({ idNumber: citizenId })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("citizens.unlock", () => {
  const citizen = demoAccount("citizen");

  async function lockDemoCitizen() {
    // Wrong passwords from ten places: the phone's own counter makes password sign-in wait.
    for (let i = 0; i < 10; i++) {
      await signInCitizenWithPassword(db, {
        phone: citizen.login,
        password: `wrong-${i}`,
        ip: `198.51.100.${60 + i}`,
      }).catch(() => undefined);
    }
    const row = await demoUserRow(db, "citizen");
    const lockedUntil = await lockedUntilSeen();
    expect(lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    return { id: row.id, lockedUntil };
  }

  /** What the window desk's look-up shows. */
  async function lockedUntilSeen() {
    return (await (await as("windowOfficer")).citizens.lookup({ idNumber: citizenId })).account?.lockedUntil ?? null;
  }

  it("lifts the lock for a window officer, so the citizen can sign in at once, and audits before and after", async () => {
    const locked = await lockDemoCitizen();
    const window = await as("windowOfficer");
    const seen = await window.citizens.lookup({ idNumber: citizenId });
    expect(seen.account?.lockedUntil).toEqual(locked.lockedUntil);

    await window.citizens.unlock({ userId: locked.id, reason: "本人持身份证到窗口核实，电话 13800138000" });
    const row = await demoUserRow(db, "citizen");
    expect(await lockedUntilSeen()).toBeNull();
    expect(row.failedSignIns).toBe(0);
    await expect(
      signInCitizenWithPassword(db, { phone: citizen.login, password: citizen.password }),
    ).resolves.toBeTruthy();

    const entry = await latestAudit("account.unlock", citizenIdHash());
    expect(entry).toMatchObject({ targetId: locked.id, actorId: (await demoUserRow(db, "windowOfficer")).id });
    expect(entry?.details).toMatchObject({
      before: { lockedUntil: locked.lockedUntil?.toISOString() },
      after: { lockedUntil: null, failedSignIns: 0 },
    });
    // A phone number typed into the reason is masked before it is kept.
    expect(String(entry?.details?.reason)).toContain("138****8000");
    expect(JSON.stringify(entry)).not.toContain("13800138000");
  });

  it("refuses an account that is not locked", async () => {
    const row = await demoUserRow(db, "citizen");
    await expect(
      (await as("stationOfficer")).citizens.unlock({ userId: row.id, reason: "核实身份" }),
    ).rejects.toMatchObject({ code: "CONFLICT", cause: { code: "ACCOUNT_NOT_LOCKED" } });
  });

  it("needs a reason", async () => {
    const row = await lockDemoCitizen();
    await expect((await as("windowOfficer")).citizens.unlock({ userId: row.id, reason: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await lockedUntilSeen()).toEqual(row.lockedUntil);
  });

  it("works for an officer of any city: a window serves every citizen", async () => {
    const row = await lockDemoCitizen();
    await (await as("luoyangStationOfficer")).citizens.unlock({ userId: row.id, reason: "本人到洛阳窗口核实身份" });
    expect(await lockedUntilSeen()).toBeNull();
  });

  it("only unlocks citizen accounts: a staff account is not found", async () => {
    const officer = await demoUserRow(db, "luoyangStationOfficer");
    await db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(users.id, officer.id));
    await expect(
      (await as("windowOfficer")).citizens.unlock({ userId: officer.id, reason: "核实身份" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is refused to county approvers, traffic officers, insurers, admins and citizens", async () => {
    const row = await lockDemoCitizen();
    for (const key of ["countyApprover", "trafficOfficer", "insurer", "admin", "citizen"] as const) {
      await expect((await as(key)).citizens.unlock({ userId: row.id, reason: "核实身份" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await lockedUntilSeen()).toEqual(row.lockedUntil);
  });
});
