import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, serviceLayouts, services, userGroups } from "@/db/schema";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizenId: string;
let ids: number[];

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizenId = (await demoUserRow(db, "citizen")).id;
  ids = (await db.select({ id: services.id }).from(services).orderBy(services.sortOrder, services.id).limit(6)).map(
    (s) => s.id,
  );
});

afterAll(async () => {
  await h?.close();
});

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key, { ip: "203.0.113.9" });

async function lastAudit(action: string) {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1);
  return row;
}

const citizenPhone = demoAccount("citizen").login;
const citizenIdNumber = demoAccount("citizen").idNumber!;

describe("who may use the layout editor", () => {
  it("refuses guests, citizens, officers and insurers every procedure", async () => {
    const calls = (c: Awaited<ReturnType<typeof as>>) => [
      c.layouts.findUser({ query: citizenPhone }),
      c.layouts.userLayout({ userId: citizenId }),
      c.layouts.groupLayout({ groupId: 1 }),
      c.layouts.saveUserLayout({ userId: citizenId, pinned: [], hidden: [], expectedUpdatedAt: null }),
      c.layouts.saveGroupLayout({ groupId: 1, pinned: [], hidden: [], expectedUpdatedAt: null }),
      c.layouts.groups(),
      c.layouts.createGroup({ name: "x", description: "", priority: 0, rules: {}, enabled: true }),
      c.layouts.updateGroup({
        groupId: 1,
        group: { name: "x", description: "", priority: 0, rules: {}, enabled: true },
      }),
      c.layouts.services(),
      c.layouts.cities(),
      c.layouts.previewHome({ userId: citizenId }),
      c.layouts.previewGroupHome({ groupId: 1 }),
    ];
    for (const call of calls(await as(null))) await expect(call).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    for (const key of ["citizen", "stationOfficer", "countyApprover", "trafficOfficer", "insurer"] as const) {
      for (const call of calls(await as(key))) await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.select().from(userGroups)).toEqual([]);
    expect(await db.select().from(serviceLayouts)).toEqual([]);
  });
});

describe("layouts.findUser", () => {
  it("finds a citizen by full phone or ID number, shows only masked details, and audits each search", async () => {
    const admin = await as("admin");
    const byPhone = await admin.layouts.findUser({ query: citizenPhone });
    expect(byPhone.by).toBe("phone");
    expect(byPhone.matches).toEqual([
      {
        userId: citizenId,
        maskedName: "张*",
        maskedPhone: "138****8000",
        maskedIdNumber: `${citizenIdNumber.slice(0, 6)}********${citizenIdNumber.slice(-4)}`,
        status: "active",
        hasLayout: false,
      },
    ]);
    expect(JSON.stringify(byPhone)).not.toContain(citizenIdNumber);
    const audit = await lastAudit("layout.user_lookup");
    expect(audit).toMatchObject({
      targetType: "user",
      targetId: citizenId,
      subjectIdHash: hashPii("id", citizenIdNumber),
      ip: "203.0.113.9",
      details: { by: "phone", query: "138****8000", found: true },
    });
    expect(JSON.stringify(audit)).not.toContain(citizenPhone);

    const byId = await admin.layouts.findUser({ query: citizenIdNumber.toLowerCase() });
    expect(byId.matches.map((m) => m.userId)).toEqual([citizenId]);
  });

  it("finds no one by a staff account's number or an unknown number, and still audits", async () => {
    const admin = await as("admin");
    expect((await admin.layouts.findUser({ query: "13912345678" })).matches).toEqual([]);
    expect(await lastAudit("layout.user_lookup")).toMatchObject({ details: { found: false, query: "139****5678" } });
  });

  it("refuses partial numbers: there is no fuzzy search over personal identifiers", async () => {
    const admin = await as("admin");
    for (const query of ["1380013", "张明", citizenIdNumber.slice(0, 10), "%"]) {
      await expect(admin.layouts.findUser({ query })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });
});

describe("layouts.saveUserLayout", () => {
  it("saves pins in order and hidden services, audited, and refuses a save from a stale editor", async () => {
    const admin = await as("admin");
    const [a, b, c] = ids as [number, number, number];
    const saved = await admin.layouts.saveUserLayout({
      userId: citizenId,
      pinned: [b, a],
      hidden: [c],
      expectedUpdatedAt: null,
    });
    expect(saved.updatedAt).toBeInstanceOf(Date);

    const layout = await admin.layouts.userLayout({ userId: citizenId });
    expect(layout.pinned.map((s) => s.id)).toEqual([b, a]);
    expect(layout.hidden.map((s) => s.id)).toEqual([c]);
    expect(layout.owner).toMatchObject({ kind: "user", maskedName: "张*", maskedPhone: "138****8000" });
    expect(layout.updatedAt?.getTime()).toBe(saved.updatedAt?.getTime());
    const audit = await lastAudit("layout.saved");
    expect(audit).toMatchObject({
      targetType: "user",
      targetId: citizenId,
      details: { before: { pinned: [], hidden: [] } },
    });

    await expect(
      admin.layouts.saveUserLayout({ userId: citizenId, pinned: [a], hidden: [], expectedUpdatedAt: null }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await admin.layouts.userLayout({ userId: citizenId })).pinned.map((s) => s.id)).toEqual([b, a]);

    const home = await (await as("citizen")).catalog.home();
    if (home.audience !== "citizen") throw new Error("expected a citizen's home");
    expect(home.recommendations.slice(0, 2).map((r) => [r.service.id, r.pinned])).toEqual([
      [b, true],
      [a, true],
    ]);
    expect(home.grid.flatMap((g) => g.services).some((s) => s.id === c)).toBe(false);

    await admin.layouts.saveUserLayout({
      userId: citizenId,
      pinned: [],
      hidden: [],
      expectedUpdatedAt: layout.updatedAt,
    });
    expect((await admin.layouts.userLayout({ userId: citizenId })).updatedAt).toBeNull();
    expect((await admin.layouts.findUser({ query: citizenPhone })).matches[0]?.hasLayout).toBe(false);
  });

  it("refuses a service both pinned and hidden, unknown services, and users who are not citizens", async () => {
    const admin = await as("admin");
    const [a] = ids as [number];
    await expect(
      admin.layouts.saveUserLayout({ userId: citizenId, pinned: [a], hidden: [a], expectedUpdatedAt: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      admin.layouts.saveUserLayout({ userId: citizenId, pinned: [999_999], hidden: [], expectedUpdatedAt: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const officer = await demoUserRow(db, "stationOfficer");
    await expect(
      admin.layouts.saveUserLayout({ userId: officer.id, pinned: [a], hidden: [], expectedUpdatedAt: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(admin.layouts.userLayout({ userId: officer.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("user groups", () => {
  it("creates a group with rules, edits it, lists it by priority and saves its layout", async () => {
    const admin = await as("admin");
    const { id: low } = await admin.layouts.createGroup({
      name: "  洛阳市民 ",
      description: "",
      priority: 1,
      rules: { cityCodes: ["410300"] },
      enabled: true,
    });
    const { id: high } = await admin.layouts.createGroup({
      name: "有车青年",
      description: "18 至 35 岁的机动车所有人",
      priority: 9,
      rules: { ageMin: 18, ageMax: 35, hasVehicle: true },
      enabled: true,
    });
    expect(await lastAudit("user_group.created")).toMatchObject({ targetType: "user_group", targetId: String(high) });

    await admin.layouts.updateGroup({
      groupId: low,
      group: {
        name: "洛阳市民",
        description: "",
        priority: 20,
        rules: { cityCodes: ["410300", "410100"] },
        enabled: true,
      },
    });
    expect(await lastAudit("user_group.updated")).toMatchObject({
      targetId: String(low),
      details: { changes: [{ field: "priority", before: 1, after: 20 }, { field: "rules" }] },
    });
    const [a, b] = ids as [number, number];
    await admin.layouts.saveGroupLayout({ groupId: low, pinned: [a], hidden: [b], expectedUpdatedAt: null });

    const groups = await admin.layouts.groups();
    expect(groups.map((g) => [g.name, g.priority, g.layoutItems])).toEqual([
      ["洛阳市民", 20, 2],
      ["有车青年", 9, 0],
    ]);
    expect(groups[0]?.rules).toEqual({ cityCodes: ["410100", "410300"] });
    const layout = await admin.layouts.groupLayout({ groupId: low });
    expect(layout.owner).toMatchObject({ kind: "group", group: { name: "洛阳市民" } });
    expect(layout.pinned.map((s) => s.id)).toEqual([a]);

    const home = await (await as("citizen")).catalog.home();
    if (home.audience !== "citizen") throw new Error("expected a citizen's home");
    expect(home.groups.map((g) => g.name)).toEqual(["洛阳市民"]);
    expect(home.recommendations[0]).toMatchObject({ pinned: true, service: { id: a } });

    await admin.layouts.updateGroup({
      groupId: low,
      group: {
        name: "洛阳市民",
        description: "",
        priority: 20,
        rules: { cityCodes: ["410300", "410100"] },
        enabled: false,
      },
    });
    const after = await (await as("citizen")).catalog.home();
    expect(after.audience === "citizen" && after.groups).toEqual([]);
  });

  it("refuses an inverted age band, unknown cities and nameless groups", async () => {
    const admin = await as("admin");
    const base = { name: "x", description: "", priority: 0, enabled: true };
    await expect(admin.layouts.createGroup({ ...base, rules: { ageMin: 40, ageMax: 30 } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.layouts.createGroup({ ...base, rules: { cityCodes: ["410105"] } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.layouts.createGroup({ ...base, name: "  ", rules: {} })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.layouts.updateGroup({ groupId: 999_999, group: { ...base, rules: {} } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists the 18 cities for the rules form", async () => {
    const cities = await (await as("admin")).layouts.cities();
    expect(cities).toHaveLength(18);
    expect(cities[0]).toEqual({ code: "410100", name: "郑州市", nameEn: "Zhengzhou" });
  });
});

describe("layouts.previewHome", () => {
  it("shows the citizen's home as they see it and records the read against them", async () => {
    const admin = await as("admin");
    const preview = await admin.layouts.previewHome({ userId: citizenId });
    expect(preview.maskedName).toBe("张*");
    const own = await (await as("citizen")).catalog.home();
    expect(preview.home).toEqual(own);
    const audit = await lastAudit("layout.preview_home");
    expect(audit).toMatchObject({ targetId: citizenId, subjectIdHash: hashPii("id", citizenIdNumber) });
    const admins = await demoUserRow(db, "admin");
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "layout.preview_home"), eq(auditLog.actorId, admins.id))),
    ).toHaveLength(1);
  });

  it("has nothing to preview for staff accounts", async () => {
    const officer = await demoUserRow(db, "stationOfficer");
    await expect((await as("admin")).layouts.previewHome({ userId: officer.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
