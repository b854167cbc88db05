import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import type { Db } from "@/db/client";
import { auditLog, serviceCategories, serviceVersions, services } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { callerAs } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const users = {} as Record<"admin" | "citizen" | "stationOfficer" | "countyApprover", SessionUser>;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  for (const key of ["admin", "citizen", "stationOfficer", "countyApprover"] as const satisfies DemoAccountKey[]) {
    const row = await demoUserRow(db, key);
    users[key] = { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
  }
});
afterAll(async () => h.close());

const caller = (user: SessionUser | null) => callerAs(db, user, { ip: "203.0.113.9" });
const admin = () => caller(users.admin);

async function editOf(code: string) {
  const s = await admin().catalogAdmin.service({ code });
  const { name, nameEn, summary, synonyms, maintenance, guide } = s;
  return { version: s.version, edit: structuredClone({ name, nameEn, summary, synonyms, maintenance, guide }) };
}

describe("catalogAdmin: who may use it", () => {
  it("refuses guests, citizens and officers on every procedure", async () => {
    const { version, edit } = await editOf("HZ001");
    for (const user of [null, users.citizen, users.stationOfficer, users.countyApprover]) {
      const c = caller(user);
      const code = user ? "FORBIDDEN" : "UNAUTHORIZED";
      await expect(c.catalogAdmin.list({})).rejects.toMatchObject({ code });
      await expect(c.catalogAdmin.categories()).rejects.toMatchObject({ code });
      await expect(c.catalogAdmin.service({ code: "HZ001" })).rejects.toMatchObject({ code });
      await expect(c.catalogAdmin.versions({ code: "HZ001" })).rejects.toMatchObject({ code });
      await expect(c.catalogAdmin.update({ code: "HZ001", expectedVersion: version, edit })).rejects.toMatchObject({
        code,
      });
      await expect(
        c.catalogAdmin.setEnabled({ code: "HZ001", expectedVersion: version, enabled: false }),
      ).rejects.toMatchObject({ code });
      await expect(c.catalogAdmin.moveCategory({ code: "traffic", direction: "up" })).rejects.toMatchObject({ code });
    }
    expect((await admin().catalogAdmin.service({ code: "HZ001" })).version).toBe(version);
  });
});

describe("catalogAdmin.update", () => {
  it("saves a guide edit as a new version with field-level changes, who made them, and an audit entry", async () => {
    const { version, edit } = await editOf("HZ001");
    edit.summary = "为新生儿申报出生登记，登记常住户口（已更新）。";
    edit.guide.materials[0]!.description = "医疗机构签发的《出生医学证明》原件。";
    edit.synonyms = [...edit.synonyms, "婴儿上户口"];
    const result = await admin().catalogAdmin.update({ code: "HZ001", expectedVersion: version, edit });
    expect(result.version).toBe(version + 1);
    expect(result.changes.map((c) => c.field)).toEqual(["summary", "synonyms", "guide.materials.birth-certificate"]);

    const saved = await admin().catalogAdmin.service({ code: "HZ001" });
    expect(saved.summary).toBe(edit.summary);
    expect(saved.version).toBe(version + 1);
    expect(await caller(null).catalog.search({ q: "婴儿上户口" })).toMatchObject([{ code: "HZ001" }]);
    expect((await caller(null).catalog.guide({ code: "HZ001" })).guide.materials[0]?.description).toBe(
      "医疗机构签发的《出生医学证明》原件。",
    );

    const history = await admin().catalogAdmin.versions({ code: "HZ001" });
    expect(history[0]).toMatchObject({
      version: version + 1,
      changedBy: { id: users.admin.id, name: users.admin.name },
    });
    expect(history[0]?.changes.find((c) => c.field === "summary")).toMatchObject({ after: edit.summary });

    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "catalog.service_updated"), eq(auditLog.targetId, "HZ001")))
      .orderBy(desc(auditLog.id));
    expect(audit).toMatchObject({ actorId: users.admin.id, targetType: "service", ip: "203.0.113.9" });
    expect(audit?.details).toMatchObject({
      version: version + 1,
      fields: ["summary", "synonyms", "guide.materials.birth-certificate"],
    });
  });

  it("refuses a stale edit with CONFLICT and keeps the newer save", async () => {
    const { version, edit } = await editOf("HZ023");
    const first = structuredClone(edit);
    first.guide.timeLimitNote = "第一位管理员的修改。";
    await admin().catalogAdmin.update({ code: "HZ023", expectedVersion: version, edit: first });
    const second = structuredClone(edit);
    second.guide.timeLimitNote = "第二位管理员基于旧版本的修改。";
    await expect(
      admin().catalogAdmin.update({ code: "HZ023", expectedVersion: version, edit: second }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const saved = await admin().catalogAdmin.service({ code: "HZ023" });
    expect(saved.guide.timeLimitNote).toBe("第一位管理员的修改。");
    expect(saved.version).toBe(version + 1);
  });

  it("writes nothing when the form is saved unchanged", async () => {
    const { version, edit } = await editOf("HZ024");
    const versionsBefore = await db.$count(serviceVersions);
    const result = await admin().catalogAdmin.update({ code: "HZ024", expectedVersion: version, edit });
    expect(result).toEqual({ version, changes: [] });
    expect(await db.$count(serviceVersions)).toBe(versionsBefore);
  });

  it("refuses invalid guides with field errors and leaves the service untouched", async () => {
    const { version, edit } = await editOf("HZ002");
    const blank = structuredClone(edit);
    blank.guide.steps[0]!.title = "";
    const error = (await admin()
      .catalogAdmin.update({ code: "HZ002", expectedVersion: version, edit: blank })
      .then(
        () => null,
        (e: unknown) => e,
      )) as { code: string; cause: ZodError };
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["edit.guide.steps.0.title", "i18n:catalogAdmin.validation.required"],
    ]);
    const unknownSample = structuredClone(edit);
    unknownSample.guide.materials[0]!.sampleFile = "/samples/no-such-file.pdf";
    await expect(
      admin().catalogAdmin.update({ code: "HZ002", expectedVersion: version, edit: unknownSample }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "BAD_INPUT", fields: { "guide.materials.0.sampleFile": "CATALOG_UNKNOWN_SAMPLE" } },
    });
    expect((await admin().catalogAdmin.service({ code: "HZ002" })).version).toBe(version);
  });

  it("answers NOT_FOUND for an unknown code", async () => {
    const { edit } = await editOf("HZ001");
    await expect(admin().catalogAdmin.update({ code: "HZ999", expectedVersion: 1, edit })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("catalogAdmin.setEnabled", () => {
  it("hides a disabled service from citizens, keeps it in the admin list, and versions both switches", async () => {
    const { version } = await editOf("JJ049");
    await admin().catalogAdmin.setEnabled({ code: "JJ049", expectedVersion: version, enabled: false });
    expect(await caller(users.citizen).catalog.search({ q: "挪车" })).toEqual([]);
    await expect(caller(users.citizen).catalog.guide({ code: "JJ049" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await admin().catalogAdmin.list({ q: "挪车", status: "disabled" })).toMatchObject([
      { code: "JJ049", enabled: false },
    ]);
    expect(await admin().catalogAdmin.list({ q: "挪车", status: "enabled" })).toEqual([]);

    await expect(
      admin().catalogAdmin.setEnabled({ code: "JJ049", expectedVersion: version, enabled: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await admin().catalogAdmin.setEnabled({ code: "JJ049", expectedVersion: version + 1, enabled: true });
    expect(await caller(users.citizen).catalog.search({ q: "挪车" })).toMatchObject([{ code: "JJ049" }]);

    const history = await admin().catalogAdmin.versions({ code: "JJ049" });
    expect(history.map((v) => [v.version, v.changes])).toEqual([
      [version + 2, [{ field: "enabled", before: false, after: true }]],
      [version + 1, [{ field: "enabled", before: true, after: false }]],
    ]);
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, "JJ049"));
    expect(actions.map((a) => a.action)).toEqual(["catalog.service_disabled", "catalog.service_enabled"]);
  });
});

describe("catalogAdmin.moveCategory", () => {
  async function order() {
    return (await admin().catalogAdmin.categories()).map((c) => c.code);
  }

  it("swaps a category with its neighbour, audited, and the citizen list follows", async () => {
    const before = await order();
    expect(before.slice(0, 3)).toEqual(["household", "exit_entry", "traffic"]);
    const after = await admin().catalogAdmin.moveCategory({ code: "traffic", direction: "up" });
    expect(after.slice(0, 3)).toEqual(["household", "traffic", "exit_entry"]);
    expect((await caller(null).catalog.categories()).map((c) => c.code)).toEqual(after);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "catalog.category_moved"));
    expect(audit).toMatchObject({ actorId: users.admin.id, targetId: "traffic", details: { direction: "up" } });
    await admin().catalogAdmin.moveCategory({ code: "traffic", direction: "down" });
    expect(await order()).toEqual(before);
  });

  it("refuses to move the first category up or the last one down", async () => {
    const codes = await order();
    await expect(admin().catalogAdmin.moveCategory({ code: codes[0]!, direction: "up" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin().catalogAdmin.moveCategory({ code: codes.at(-1)!, direction: "down" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin().catalogAdmin.moveCategory({ code: "no_such", direction: "down" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const rows = await db.select({ sortOrder: serviceCategories.sortOrder }).from(serviceCategories);
    expect(new Set(rows.map((r) => r.sortOrder)).size).toBe(rows.length);
  });
});

describe("catalogAdmin.list", () => {
  it("searches all services with the same words and pinyin as citizens", async () => {
    expect((await admin().catalogAdmin.list({ q: "csdj" }))[0]?.code).toBe("HZ001");
    expect(await admin().catalogAdmin.list({})).toHaveLength(await db.$count(services));
  });
});
