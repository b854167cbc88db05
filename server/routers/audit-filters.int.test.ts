import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, residents } from "@/db/schema";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { type createCaller } from "@/server/routers/_app";
import { insertTestDocument } from "@/server/exit-entry/test-holders";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);
type Caller = ReturnType<typeof createCaller>;

async function citizenResidentId() {
  const [row] = await db
    .select({ id: residents.id })
    .from(residents)
    .where(eq(residents.idNumberHash, hashPii("id", demoResidents.citizen.idNumber)));
  return row!.id;
}

describe("audit.list filters", () => {
  it("narrows by actor account, target and China calendar days", async () => {
    const station = await demoUserRow(db, "stationOfficer");
    const window = await demoUserRow(db, "windowOfficer");
    await db.insert(auditLog).values([
      {
        action: "test.filter",
        actorId: station.id,
        targetType: "application",
        targetId: "A-1",
        at: new Date("2026-03-01T23:30:00+08:00"),
      },
      {
        action: "test.filter",
        actorId: station.id,
        targetType: "application",
        targetId: "A-2",
        at: new Date("2026-03-02T00:30:00+08:00"),
      },
      {
        action: "test.filter",
        actorId: window.id,
        targetType: "application",
        targetId: "A-1",
        at: new Date("2026-03-02T12:00:00+08:00"),
      },
      {
        action: "test.filter",
        actorId: window.id,
        targetType: "user",
        targetId: "A-1",
        at: new Date("2026-03-03T08:00:00+08:00"),
      },
    ]);
    const admin = await as("admin");
    const ids = async (input: Parameters<typeof admin.audit.list>[0]) =>
      (await admin.audit.list({ action: "test.filter", ...input })).rows.map((r) => `${r.targetType}:${r.targetId}`);

    expect(await ids({ account: demoAccount("stationOfficer").login })).toEqual(["application:A-2", "application:A-1"]);
    expect(await ids({ targetType: "application", targetId: "A-1" })).toEqual(["application:A-1", "application:A-1"]);
    // 2 March China time starts at 16:00 UTC on 1 March: the 23:30 entry of 1 March is outside it.
    expect(await ids({ from: "2026-03-02", to: "2026-03-02" })).toEqual(["application:A-1", "application:A-2"]);
    expect(await ids({ from: "2026-03-03" })).toEqual(["user:A-1"]);
    expect(await ids({ account: "nobody-here" })).toEqual([]);
  });

  it("finds by an action the actions under it, so one choice covers every service's queries", async () => {
    const at = new Date("2026-03-05T10:00:00+08:00");
    await db.insert(auditLog).values([
      { action: "test_prefix.own.HZ035", targetType: "query", targetId: "P-1", at },
      { action: "test_prefix.own.JJ001", targetType: "query", targetId: "P-2", at },
      { action: "test_prefix.public.ZA007", targetType: "query", targetId: "P-3", at },
      // "_" is a LIKE wildcard: an action that differs from the prefix only there stays out.
      { action: "testXprefix.own.HZ035", targetType: "query", targetId: "P-4", at },
    ]);
    const admin = await as("admin");
    const ids = async (action: string) => (await admin.audit.list({ action })).rows.map((r) => r.targetId).sort();
    expect(await ids("test_prefix.own")).toEqual(["P-1", "P-2"]);
    expect(await ids("test_prefix")).toEqual(["P-1", "P-2", "P-3"]);
    expect(await ids("test_prefix.own.HZ035")).toEqual(["P-1"]);
    // A prefix that is not a whole segment finds nothing.
    expect(await ids("test_prefix.ow")).toEqual([]);
  });

  it("refuses malformed filters", async () => {
    const admin = await as("admin");
    await expect(admin.audit.list({ from: "2026-02-30" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.audit.list({ account: "' or 1=1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.audit.list({ targetType: "Application!" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("me.whoLookedAtMe", () => {
  it("lists the units and times staff read the citizen's data, never their names, and not the citizen's own actions", async () => {
    const lookups = (log: Awaited<ReturnType<Caller["me"]["whoLookedAtMe"]>>) =>
      log.entries.filter((e) => e.purpose === "lookup" && e.unit?.code === "41010501").reduce((n, e) => n + e.count, 0);
    const before = await (await as("citizen")).me.whoLookedAtMe();
    expect(before.verified).toBe(true);
    await (await as("windowOfficer")).citizens.lookup({ idNumber: demoResidents.citizen.idNumber });
    // Someone else's record is not on this citizen's list.
    await (await as("windowOfficer")).citizens.lookup({ idNumber: demoResidents.mother.idNumber });
    const after = await (await as("citizen")).me.whoLookedAtMe();
    expect(lookups(after)).toBe(lookups(before) + 1);
    expect(after.entries[0]).toMatchObject({ purpose: "lookup", unit: { code: "41010501" } });
    const json = JSON.stringify(after);
    expect(json).not.toContain("陈静");
    expect(json).not.toContain(demoAccount("windowOfficer").login);
    expect(json).not.toContain((await demoUserRow(db, "windowOfficer")).id);
  });

  it("shows eight reads of one unit, purpose and hour as one line of eight", async () => {
    const station = await demoUserRow(db, "stationOfficer");
    const subjectIdHash = (await demoUserRow(db, "spareCitizen")).idNumberHash;
    const hour = new Date("2026-05-04T10:00:00+08:00");
    await db.insert(auditLog).values(
      Array.from({ length: 8 }, (_, i) => ({
        action: "blob.read",
        actorId: station.id,
        actorRole: "station_officer",
        actorOrgUnitId: station.orgUnitId,
        subjectIdHash,
        targetType: "blob",
        targetId: `b-${i}`,
        at: new Date(hour.getTime() + 20_000 + i * 5_000),
      })),
    );
    const log = await (await as("spareCitizen")).me.whoLookedAtMe();
    const lines = log.entries.filter((e) => e.hour.getTime() === hour.getTime());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      purpose: "material",
      count: 8,
      unit: { code: "41010501" },
      at: new Date(hour.getTime() + 55_000),
    });
  });

  it("shows every unit that read the citizen's data: the exit-entry section's endorsement work, the desk's day list, the case page", async () => {
    const permit = await insertTestDocument(db, {
      residentId: await citizenResidentId(),
      expiryDate: "2031-05-01",
      type: "hk_macau_permit",
    });
    const citizen = await as("citizen");
    const { id } = await citizen.exitEntry.applyEndorsement({
      documentId: permit.id,
      destination: "macau",
      trips: "one",
    });
    const exitEntry = await as("exitEntryOfficer");
    const queued = (await exitEntry.exitEntry.endorsementQueue()).find((a) => a.id === id)!;
    await exitEntry.exitEntry.actOnEndorsement({ applicationId: id, version: queued.version, action: "receive_fee" });

    const desk = await as("windowOfficer");
    const deskUnitId = (await demoUserRow(db, "windowOfficer")).orgUnitId!;
    const slot = (await citizen.appointments.slots({ orgUnitId: deskUnitId, serviceCode: "HZ031" }))
      .flatMap((d) => d.slots)
      .find((s) => s.remaining > 0 && s.startsAt.getTime() - Date.now() > 3 * 3_600_000)!;
    const booked = await citizen.appointments.book({
      serviceCode: "HZ031",
      templateId: slot.templateId,
      startsAt: slot.startsAt.toISOString(),
    });
    await desk.appointments.dayBookings({
      day: new Date(slot.startsAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
    });
    await citizen.appointments.cancel({ appointmentId: booked.id });

    const station = await as("stationOfficer");
    const [demoCase] = await station.cases.list();
    await station.cases.get({ id: demoCase!.id });

    const seen = (await citizen.me.whoLookedAtMe()).entries.map((e) => `${e.unit?.code}:${e.purpose}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        "410105:endorsement",
        "410105:endorsementHandled",
        "41010501:appointment",
        "41010501:case",
      ]),
    );
  });

  it("shows an admin's audit search for the citizen as a platform administrator's look", async () => {
    const admin = await as("admin");
    await admin.audit.list({ subject: hashPii("id", demoResidents.citizen.idNumber) });
    const log = await (await as("citizen")).me.whoLookedAtMe();
    expect(log.entries[0]).toMatchObject({ purpose: "audit", unit: { code: "410000" } });
  });

  it("is for citizens only", async () => {
    for (const key of ["stationOfficer", "admin", "insurer"] as const) {
      await expect((await as(key)).me.whoLookedAtMe()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect((await as(null)).me.whoLookedAtMe()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
