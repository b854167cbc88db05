import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applications, auditLog, orgUnits } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { insertTestApplication } from "@/server/household/test-applications";
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

async function unit(code: string) {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  if (!row) throw new Error(`no unit ${code}`);
  return row;
}

describe("orgAdmin", () => {
  it("shows a city's tree with each unit's supervisors, masked", async () => {
    const zhengzhou = await unit("410100");
    const tree = await (await as("admin")).orgAdmin.tree({ cityId: zhengzhou.id });
    expect(tree.city?.code).toBe("410100");
    expect(tree.units[0]).toMatchObject({ code: "410100", level: "city" });
    expect(tree.units.find((u) => u.code === "41010501")).toMatchObject({ level: "station", supervisors: ["王*远"] });
    expect(tree.units.find((u) => u.code === "410105")).toMatchObject({ level: "county", supervisors: ["黄*东"] });
    expect(tree.units.every((u) => u.code.startsWith("4101"))).toBe(true);
  });

  it("opens a station under a county bureau, and refuses a taken code, a wrong prefix or a non-county parent", async () => {
    const admin = await as("admin");
    const jinshui = await unit("410105");
    const created = await admin.orgAdmin.createStation({
      parentId: jinshui.id,
      code: "41010599",
      name: "测试新派出所",
      nameEn: "Test Station",
    });
    expect(created.path).toBe(`${jinshui.path}41010599/`);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "org.unit_created"), eq(auditLog.targetId, String(created.id))));
    expect(audit).toMatchObject({ details: { code: "41010599", parent: "410105" } });

    await expect(
      admin.orgAdmin.createStation({ parentId: jinshui.id, code: "41010599", name: "重复", nameEn: "" }),
    ).rejects.toMatchObject({
      cause: { code: "ORG_UNIT_CODE_TAKEN" },
    });
    await expect(
      admin.orgAdmin.createStation({ parentId: jinshui.id, code: "41030599", name: "错前缀", nameEn: "" }),
    ).rejects.toMatchObject({
      cause: { fields: { code: "ORG_UNIT_CODE_FORMAT" } },
    });
    const zhengzhou = await unit("410100");
    await expect(
      admin.orgAdmin.createStation({ parentId: zhengzhou.id, code: "41010098", name: "市级下", nameEn: "" }),
    ).rejects.toMatchObject({
      cause: { code: "ORG_UNIT_PARENT_INVALID" },
    });
  });

  it("renames a unit and records before and after", async () => {
    const station = await unit("41010502");
    await (await as("admin")).orgAdmin.rename({ unitId: station.id, name: "经八路派出所（新）", nameEn: "" });
    expect((await unit("41010502")).name).toBe("经八路派出所（新）");
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "org.unit_renamed"), eq(auditLog.targetId, String(station.id))));
    expect(audit?.details).toMatchObject({
      before: { name: station.name },
      after: { name: "经八路派出所（新）", nameEn: null },
    });
  });

  it("moves a station to another county with its cases: the new county's approver sees them, the old one's no longer", async () => {
    const app = await insertTestApplication(db, { stationCode: "41010502", state: "county_review" });
    const station = await unit("41010502");
    const other = await unit("410102");
    const approver = await as("countyApprover");
    const listed = async () => (await approver.applicationDesk.queue({ state: "county_review" })).rows.map((r) => r.id);
    expect(await listed()).toContain(app.id);

    const moved = await (await as("admin")).orgAdmin.move({ unitId: station.id, parentId: other.id });
    expect(moved.path).toBe(`${other.path}41010502/`);
    const [after] = await db.select().from(applications).where(eq(applications.id, app.id));
    expect(after?.stationPath).toBe(moved.path);
    expect(await listed()).not.toContain(app.id);
    await expect((await as("admin")).orgAdmin.move({ unitId: other.id, parentId: station.id })).rejects.toMatchObject({
      cause: { code: "ORG_UNIT_PARENT_INVALID" },
    });
  });

  it("is for admins only", async () => {
    const jinshui = await unit("410105");
    for (const key of ["stationOfficer", "stationSupervisor", "countyApprover", "citizen"] as const) {
      const c = await as(key);
      await expect(c.orgAdmin.tree({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        c.orgAdmin.createStation({ parentId: jinshui.id, code: "41010597", name: "x", nameEn: "" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(c.orgAdmin.rename({ unitId: jinshui.id, name: "x", nameEn: "" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(c.orgAdmin.move({ unitId: jinshui.id, parentId: jinshui.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect((await as(null)).orgAdmin.tree({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
