import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { travelDocuments, users } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { chinaToday } from "@/server/dates/china-today";
import { createTestDb } from "@/test/db";
import { getMyProfile } from "./get-my-profile";
import { demoUserRow, insertTestUser } from "./test-accounts";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const today = chinaToday();

describe("the citizen's profile (/me)", () => {
  it("shows the demo citizen's name, phone and ID number masked, and nothing in full", async () => {
    const user = await demoUserRow(db, "citizen");
    const profile = await getMyProfile(db, { userId: user.id, today });
    expect(profile).toMatchObject({
      maskedName: "张*",
      maskedPhone: "138****8000",
      maskedIdNumber: "410105********1237",
      verification: "verified",
    });
    const text = JSON.stringify(profile);
    for (const resident of Object.values(demoResidents)) expect(text).not.toContain(resident.idNumber);
    expect(text).not.toContain(demoAccount("citizen").login);
  });

  it("reads the household from the register: number, address, station, members with relation, masked", async () => {
    const profile = await getMyProfile(db, { userId: (await demoUserRow(db, "citizen")).id, today });
    expect(profile.household).toMatchObject({
      householdNumber: "410105010001",
      address: expect.stringContaining("花园路18号院"),
      station: { name: "花园路派出所" },
    });
    expect(profile.household?.members.map((m) => [m.maskedName, m.relationToHead, m.self])).toEqual([
      ["张*", "户主", true],
      ["王*兰", "母亲", false],
      ["李*", "配偶", false],
      ["张*涵", "女", false],
    ]);
    expect(profile.household?.members.every((m) => /^\d{6}\*{8}[\dX]{4}$/.test(m.maskedIdNumber))).toBe(true);
    expect(profile.idCard).toMatchObject({
      sex: "M",
      ethnicity: "汉族",
      birthDate: "1990-05-12",
      issuingAuthority: "金水区公安分局",
    });
  });

  it("lists the passport with its days left, the permit, the car and the licence", async () => {
    const profile = await getMyProfile(db, { userId: (await demoUserRow(db, "citizen")).id, today });
    const passport = profile.travelDocuments.find((d) => d.type === "passport");
    expect(passport).toMatchObject({
      status: "expiring",
      daysLeft: 47,
      maskedNumber: expect.stringMatching(/^E\*{4}\d{4}$/),
    });
    expect(profile.travelDocuments.find((d) => d.type === "hk_macau_permit")?.status).toBe("valid");
    expect(profile.vehicles).toHaveLength(1);
    expect(profile.vehicles[0]?.plateNumber).toMatch(/^豫A[A-HJ-NP-Z0-9]{5}$/);
    expect(profile.vehicles[0]?.daysToInspection).toBeGreaterThanOrEqual(0);
    expect(profile.drivingLicence).toMatchObject({ vehicleClasses: "C1", points: 0, status: "valid" });
  });

  it("shows empty documents and vehicles for a verified citizen who has none", async () => {
    const profile = await getMyProfile(db, { userId: (await demoUserRow(db, "spareCitizen")).id, today });
    expect(profile.verification).toBe("verified");
    expect(profile.household?.members.length).toBeGreaterThan(0);
    expect(profile).toMatchObject({ travelDocuments: [], vehicles: [] });
  });

  it("reads nothing from the register for an unverified account", async () => {
    const user = await insertTestUser(db, {
      roles: ["citizen"],
      name: "赵小川",
      phone: "13700000001",
      password: "Right@2026",
    });
    await db.update(users).set({ verification: "unverified" }).where(eq(users.id, user.id));
    const profile = await getMyProfile(db, { userId: user.id, today });
    expect(profile).toMatchObject({
      maskedName: "赵*川",
      maskedPhone: "137****0001",
      verification: "unverified",
      household: null,
      idCard: null,
      travelDocuments: [],
      vehicles: [],
      drivingLicence: null,
    });
  });

  it("shows a cancelled document as cancelled, without days left, and an expired one as expired", async () => {
    const [cancelled] = await db.select().from(travelDocuments).where(eq(travelDocuments.status, "cancelled"));
    const [expired] = await db.select().from(travelDocuments).where(eq(travelDocuments.status, "expired")).limit(1);
    for (const [doc, status] of [
      [cancelled, "cancelled"],
      [expired, "expired"],
    ] as const) {
      const user = await insertTestUser(db, { roles: ["citizen"], password: "Right@2026" });
      await db
        .update(users)
        .set({ verification: "verified", residentId: doc!.residentId })
        .where(eq(users.id, user.id));
      const profile = await getMyProfile(db, { userId: user.id, today });
      const shown = profile.travelDocuments.find((d) => d.id === doc!.id);
      expect(shown?.status).toBe(status);
      if (status === "cancelled") expect(shown?.daysLeft).toBeNull();
      else expect(shown?.daysLeft).toBeLessThan(0);
    }
  });

  it("counts a document still recorded as valid past its expiry date as expired", async () => {
    const user = await demoUserRow(db, "citizen");
    const profile = await getMyProfile(db, { userId: user.id, today: "2099-01-01" });
    expect(profile.travelDocuments.every((d) => d.status === "expired")).toBe(true);
    const [passport] = await db
      .select()
      .from(travelDocuments)
      .where(and(eq(travelDocuments.residentId, user.residentId!), eq(travelDocuments.type, "passport")));
    expect(passport?.status).toBe("valid");
  });
});
