import { existsSync } from "node:fs";
import path from "node:path";
import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { serviceCategories, services } from "@/db/schema";
import { seedDatabase } from "@/server/seed/seed-database";
import { createTestDb } from "@/test/db";
import { householdForms } from "@/server/household/household-forms";
import { modeOf } from "@/server/applications/engine-config";
import { engineConfigs } from "./engine-configs";
import { onlineHouseholdCodes } from "./household-services";
import { noticeConfigs } from "./notice-configs";

/** Decided by rules against the register on submission (户口簿补领, 门牌号更正 and other details). */
const autoCodes = ["HZ019", "HZ023"];

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

describe("catalogue seed", () => {
  it("loads 289 services with unique codes across the police categories, fire excluded", async () => {
    const rows = await db.select({ code: services.code, kind: services.kind }).from(services);
    expect(rows).toHaveLength(289);
    expect(new Set(rows.map((r) => r.code)).size).toBe(289);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["handle", "appointment", "query", "notice"]));
    const categories = await db.select().from(serviceCategories).orderBy(asc(serviceCategories.sortOrder));
    expect(categories.map((c) => c.name)).toEqual([
      "户政",
      "出入境",
      "交管",
      "治安",
      "网安",
      "禁毒",
      "监管",
      "案件",
      "综合",
    ]);
  });

  it("has 29 household services handled online, each with a complete guide and sample files on disk", async () => {
    expect(onlineHouseholdCodes).toHaveLength(29);
    const [household] = await db.select().from(serviceCategories).where(eq(serviceCategories.code, "household"));
    const rows = await db.select().from(services).where(eq(services.categoryId, household!.id));
    const online = rows.filter((r) => onlineHouseholdCodes.includes(r.code));
    expect(online).toHaveLength(29);
    for (const s of online) {
      expect(s.kind, s.code).toBe("handle");
      const auto = autoCodes.includes(s.code);
      expect(s.mode, s.code).toBe(auto ? "auto" : "station_county");
      expect(s.formSchema, s.code).toEqual(householdForms[s.code]);
      const g = s.guide;
      expect(g.eligibility.length, s.code).toBeGreaterThan(10);
      if (auto) expect(g.steps.map((x) => x.title).slice(0, 2), s.code).toEqual(["在线申请", "系统自动审核"]);
      else
        expect(
          g.steps.map((x) => x.title),
          s.code,
        ).toEqual(["在线申请", "派出所初审", "县级公安机关审批", "60日内到窗口核验原件"]);
      expect(g.materials.length, s.code).toBeGreaterThan(0);
      expect(
        g.materials.some((m) => m.required),
        s.code,
      ).toBe(true);
      for (const m of g.materials) {
        expect(m.description.length, `${s.code} ${m.key}`).toBeGreaterThan(4);
        expect(m.sampleFile, `${s.code} ${m.key}`).toMatch(/^\/samples\/hz-[a-z-]+\.(pdf|png)$/);
        expect(existsSync(path.join(process.cwd(), "public", m.sampleFile!)), `${s.code} ${m.sampleFile}`).toBe(true);
        expect(m.originalAtWindow, `${s.code} ${m.key}`).toBe(true);
      }
      expect(
        g.fees.every((f) => f.amountFen === 0 && f.basis),
        s.code,
      ).toBe(true);
      expect(g.timeLimitDays, s.code).toBeGreaterThan(0);
      // A corrected house number is final at once; everything else ends at the window within 60 days.
      if (s.code !== "HZ019") expect(g.timeLimitNote, s.code).toContain("60日");
      expect(g.window, s.code).toContain("派出所");
      expect(
        g.legalBasis.some((l) => l.includes("户口登记条例")),
        s.code,
      ).toBe(true);
      expect(s.synonyms.length, s.code).toBeGreaterThan(0);
    }
  });

  it("stores pinyin keys for the name and synonyms", async () => {
    const [birth] = await db.select().from(services).where(eq(services.code, "HZ001"));
    expect(birth?.name).toBe("出生登记");
    expect(birth?.pinyin.split(" ")[0]).toBe("chushengdengji");
    expect(birth?.pinyinInitials.split(" ")).toContain("csdj");
    expect(birth?.synonyms).toEqual(expect.arrayContaining(["新生儿落户", "报户口", "上户口"]));
  });

  it("does not load the catalogue twice or overwrite an admin's edits when the seed runs again", async () => {
    await db.update(services).set({ summary: "管理员修改过的摘要" }).where(eq(services.code, "HZ001"));
    await seedDatabase(db);
    expect(await db.$count(services)).toBe(289);
    const [birth] = await db.select().from(services).where(eq(services.code, "HZ001"));
    expect(birth?.summary).toBe("管理员修改过的摘要");
  });

  it("gives a catalogue seeded before the engine existed its configurations, forms and modes, leaving edited forms alone", async () => {
    const [edited] = await db
      .select({ formSchema: services.formSchema })
      .from(services)
      .where(eq(services.code, "HZ001"));
    const adminForm = { ...(edited?.formSchema ?? {}), version: 1, editedByAdmin: true };
    await db.update(services).set({ formSchema: adminForm, engine: null }).where(eq(services.code, "HZ001"));
    await db
      .update(services)
      .set({ formSchema: null, engine: null, mode: "station_county" })
      .where(inArray(services.code, ["HZ003", "HZ023", "ZA029"]));

    await seedDatabase(db);

    const rows = await db
      .select({ code: services.code, mode: services.mode, formSchema: services.formSchema, engine: services.engine })
      .from(services)
      .where(inArray(services.code, ["HZ001", "HZ003", "HZ023", "ZA029"]))
      .orderBy(asc(services.code));
    expect(rows.map((r) => [r.code, r.mode])).toEqual([
      ["HZ001", "station_county"],
      ["HZ003", "station_county"],
      ["HZ023", "auto"],
      ["ZA029", "auto"],
    ]);
    expect(rows[0]?.formSchema).toEqual(adminForm);
    expect(rows[1]?.formSchema).toEqual(householdForms.HZ003);
    expect(rows[2]?.formSchema).toEqual(householdForms.HZ023);
    expect(rows[3]?.formSchema).toEqual(engineConfigs.ZA029!.formSchema);
    for (const r of rows) expect(r.engine, r.code).toEqual(engineConfigs[r.code]!.engine);
  });

  it("configures every notice board, and gives one seeded before the configuration existed its own", async () => {
    const boards = await db
      .select({ code: services.code, notice: services.notice })
      .from(services)
      .where(eq(services.kind, "notice"));
    expect(Object.fromEntries(boards.map((b) => [b.code, b.notice]))).toEqual(noticeConfigs);

    const edited = { ...noticeConfigs.HZ047!, periodDays: { min: 3, max: 30 } };
    await db.update(services).set({ notice: edited }).where(eq(services.code, "HZ047"));
    await db
      .update(services)
      .set({ notice: null })
      .where(inArray(services.code, ["AJ016", "JJ072"]));
    await seedDatabase(db);
    const rows = await db
      .select({ code: services.code, notice: services.notice })
      .from(services)
      .where(inArray(services.code, ["AJ016", "HZ047", "JJ072"]))
      .orderBy(asc(services.code));
    expect(rows).toEqual([
      { code: "AJ016", notice: noticeConfigs.AJ016 },
      { code: "HZ047", notice: edited },
      { code: "JJ072", notice: noticeConfigs.JJ072 },
    ]);
  });

  it("seeds every configured 办理 service with its form, configuration and the mode its decision implies", async () => {
    const rows = await db
      .select({ code: services.code, mode: services.mode, formSchema: services.formSchema, engine: services.engine })
      .from(services)
      .where(inArray(services.code, Object.keys(engineConfigs)));
    expect(rows).toHaveLength(Object.keys(engineConfigs).length);
    for (const r of rows) {
      const config = engineConfigs[r.code]!;
      expect(r.engine, r.code).toEqual(config.engine);
      if (r.code !== "HZ001") expect(r.formSchema, r.code).toEqual(config.formSchema);
      expect(r.mode, r.code).toBe(modeOf(config.engine.decision));
    }
  });
});
