import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, orgUnits, serviceVersions, services } from "@/db/schema";
import type { EngineConfig } from "@/server/applications/engine-config";
import { callerAsDemo } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { blankServiceTemplate } from "./service-templates";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let admin: Awaited<ReturnType<typeof callerAsDemo>>;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  admin = await callerAsDemo(db, "admin", { ip: "203.0.113.7" });
});
afterAll(async () => h.close());

/** A two-step review of the service's own form, as an admin would save it. */
async function configOf(code: string) {
  const s = await admin.catalogAdmin.service({ code });
  const engine: EngineConfig = structuredClone(blankServiceTemplate("station_review").engine);
  engine.decision = {
    kind: "review",
    steps: [
      { title: "派出所审核", titleEn: "Station review", slaDays: 5 },
      { title: "县局审批", titleEn: "County approval", slaDays: 3 },
    ],
  };
  return { version: s.version, form: s.formSchema!, engine };
}

const asJson = (engine: unknown) => engine as Record<string, unknown>;

describe("catalogAdmin.updateConfig", () => {
  it("saves form and engine as a new version, the mode following the decision, with history and audit", async () => {
    const { version, form, engine } = await configOf("HZ001");
    const result = await admin.catalogAdmin.updateConfig({
      code: "HZ001",
      expectedVersion: version,
      config: { form, engine: asJson(engine) },
    });
    expect(result.version).toBe(version + 1);
    const [row] = await db.select().from(services).where(eq(services.code, "HZ001"));
    expect(row!.mode).toBe("station_county");
    expect(row!.engine).toEqual(engine);

    // One step fewer: the mode goes back to station, and the history names the decision as what changed.
    const oneStep = structuredClone(engine);
    oneStep.decision = { kind: "review", steps: [{ title: "派出所审核", titleEn: "Station review", slaDays: 7 }] };
    const second = await admin.catalogAdmin.updateConfig({
      code: "HZ001",
      expectedVersion: version + 1,
      config: { form, engine: asJson(oneStep) },
    });
    expect(second.changes.map((c) => c.field)).toEqual(["mode", "engine.decision"]);
    expect((await admin.catalogAdmin.service({ code: "HZ001" })).mode).toBe("station");
    const [latest] = await admin.catalogAdmin.versions({ code: "HZ001" });
    expect(latest).toMatchObject({ version: version + 2, changedBy: { name: expect.any(String) } });
    expect(latest!.changes).toContainEqual({
      field: "engine.decision",
      before: engine.decision,
      after: oneStep.decision,
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "catalog.service_config_updated"), eq(auditLog.targetId, "HZ001")))
      .orderBy(desc(auditLog.at));
    expect(audit).toMatchObject({ outcome: "ok", details: { version: version + 2 } });
  });

  it("refuses a save on top of someone else's, and changes nothing", async () => {
    const { version, form, engine } = await configOf("HZ002");
    await admin.catalogAdmin.updateConfig({
      code: "HZ002",
      expectedVersion: version,
      config: { form, engine: asJson(engine) },
    });
    const later = structuredClone(engine);
    if (later.decision.kind === "review") later.decision.steps[0].slaDays = 9;
    await expect(
      admin.catalogAdmin.updateConfig({
        code: "HZ002",
        expectedVersion: version,
        config: { form, engine: asJson(later) },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const [row] = await db.select().from(services).where(eq(services.code, "HZ002"));
    expect(row!.version).toBe(version + 1);
    expect(row!.engine).toEqual(engine);
  });

  it("refuses a bad configuration with a message per path, and leaves the service as it was", async () => {
    const { version, form, engine } = await configOf("HZ003");
    const [seeded] = await db.select().from(services).where(eq(services.code, "HZ003"));
    const bad = structuredClone(engine) as unknown as Record<string, Record<string, unknown>>;
    (bad.decision!.steps as { slaDays: number }[])[1]!.slaDays = 0;
    bad.delivery = { window: true, post: { allowed: true, postageFen: -5 } };
    const badForm = structuredClone(form) as { routing: unknown };
    badForm.routing = { kind: "station_field", field: "nosuch" };
    const before = await db.$count(serviceVersions);
    await expect(
      admin.catalogAdmin.updateConfig({
        code: "HZ003",
        expectedVersion: version,
        config: { form: badForm, engine: bad },
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: {
        code: "BAD_INPUT",
        fields: {
          "engine.decision.steps.1.slaDays": "SERVICE_CONFIG_INVALID",
          "engine.delivery.post.postageFen": "SERVICE_CONFIG_INVALID",
        },
      },
    });
    // The form's own problems come first when the engine is fine.
    await expect(
      admin.catalogAdmin.updateConfig({
        code: "HZ003",
        expectedVersion: version,
        config: { form: badForm, engine: asJson(engine) },
      }),
    ).rejects.toMatchObject({ cause: { fields: { "form.routing.field": "SERVICE_CONFIG_REFERENCE" } } });
    const [row] = await db.select().from(services).where(eq(services.code, "HZ003"));
    expect(row!.version).toBe(version);
    expect(row!.engine).toEqual(seeded!.engine);
    expect(await db.$count(serviceVersions)).toBe(before);
  });

  it("refuses a configuration for a service that is not applied for online", async () => {
    const { form, engine } = await configOf("HZ001");
    const booking = await admin.catalogAdmin.service({ code: "CR003" });
    await expect(
      admin.catalogAdmin.updateConfig({
        code: "CR003",
        expectedVersion: booking.version,
        config: { form, engine: asJson(engine) },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fields: { code: "SERVICE_CONFIG_NOT_HANDLE" } } });
  });
});

describe("catalogAdmin.create", () => {
  const names = { name: "测试备案事项", nameEn: "Test filing", summary: "从模板新建的测试事项。" };

  it("creates a disabled service from a blank template, with its first version and an audit entry", async () => {
    const created = await admin.catalogAdmin.create({
      categoryCode: "household",
      code: "HZ901",
      ...names,
      template: { kind: "blank", key: "prereview_window", appointmentService: "CR003" },
    });
    expect(created).toEqual({ code: "HZ901", version: 1 });
    const s = await admin.catalogAdmin.service({ code: "HZ901" });
    expect(s).toMatchObject({ enabled: false, kind: "handle", mode: "window", version: 1 });
    expect(s.engine).toMatchObject({ decision: { kind: "prereview_window", appointmentService: "CR003" } });
    expect(await admin.catalogAdmin.versions({ code: "HZ901" })).toMatchObject([
      { version: 1, changes: [{ field: "created", before: null, after: "blank:prereview_window" }] },
    ]);
    expect(await admin.catalogAdmin.list({ q: "测试备案事项", status: "disabled" })).toMatchObject([{ code: "HZ901" }]);
    expect(await db.$count(auditLog, eq(auditLog.action, "catalog.service_created"))).toBeGreaterThan(0);
    // Nothing about it reaches citizens until it is enabled.
    const citizen = await callerAsDemo(db, "citizen");
    await expect(citizen.catalog.guide({ code: "HZ901" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("copies another service's guide, form and engine", async () => {
    const source = await admin.catalogAdmin.service({ code: "HZ001" });
    await admin.catalogAdmin.create({
      categoryCode: "household",
      code: "HZ902",
      ...names,
      name: "复制的事项",
      template: { kind: "copy", from: "HZ001" },
    });
    const copy = await admin.catalogAdmin.service({ code: "HZ902" });
    expect(copy).toMatchObject({
      guide: source.guide,
      formSchema: source.formSchema,
      engine: source.engine,
      mode: source.mode,
      enabled: false,
    });
  });

  it("refuses a taken code, an unknown category and a window template without an appointment service", async () => {
    const refused = (input: Partial<Parameters<typeof admin.catalogAdmin.create>[0]>) =>
      admin.catalogAdmin.create({
        categoryCode: "household",
        code: "HZ903",
        ...names,
        template: { kind: "blank", key: "station_review" },
        ...input,
      });
    await expect(refused({ code: "HZ001" })).rejects.toMatchObject({
      cause: { fields: { code: "SERVICE_CODE_TAKEN" } },
    });
    await expect(refused({ categoryCode: "no_such" })).rejects.toMatchObject({
      cause: { fields: { categoryCode: "SERVICE_CATEGORY_UNKNOWN" } },
    });
    await expect(refused({ template: { kind: "blank", key: "prereview_window" } })).rejects.toMatchObject({
      cause: { fields: { "engine.decision.appointmentService": "SERVICE_CONFIG_INVALID" } },
    });
    await expect(
      refused({ template: { kind: "blank", key: "prereview_window", appointmentService: "HZ001" } }),
    ).rejects.toMatchObject({
      cause: { fields: { "engine.decision.appointmentService": "SERVICE_CONFIG_REFERENCE" } },
    });
    await expect(refused({ template: { kind: "copy", from: "CR003" } })).rejects.toMatchObject({
      cause: { fields: { "template.from": "SERVICE_TEMPLATE_UNKNOWN" } },
    });
    await expect(refused({ code: "HZ9031" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.$count(services, eq(services.code, "HZ903"))).toBe(0);
    // A service handled on a page of its own has no form or engine to start from.
    await expect(refused({ template: { kind: "copy", from: "CR004" } })).rejects.toMatchObject({
      cause: { fields: { "template.from": "SERVICE_TEMPLATE_UNKNOWN" } },
    });
  });
});

describe("catalogAdmin.setEnabled", () => {
  it("refuses to put an online service before citizens while it has no form and engine, and says why", async () => {
    const [template] = await db.select().from(services).where(eq(services.code, "HZ001"));
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = template!;
    await db.insert(services).values({
      ...copy,
      code: "HZ904",
      name: "测试未配置事项",
      enabled: false,
      formSchema: null,
      engine: null,
      version: 1,
    });
    const refusal = admin.catalogAdmin.setEnabled({ code: "HZ904", expectedVersion: 1, enabled: true });
    await expect(refusal).rejects.toMatchObject({ code: "BAD_REQUEST", message: "SERVICE_CONFIG_INCOMPLETE" });
    const [still] = await db
      .select({ enabled: services.enabled, version: services.version })
      .from(services)
      .where(eq(services.code, "HZ904"));
    expect(still).toEqual({ enabled: false, version: 1 });

    // Nor a query that names no register to answer from.
    const [query] = await db.select().from(services).where(eq(services.code, "JJ036"));
    const { id: _qid, createdAt: _qc, updatedAt: _qu, ...queryCopy } = query!;
    await db
      .insert(services)
      .values({ ...queryCopy, code: "JJ904", name: "测试未配置查询", enabled: false, query: null, version: 1 });
    await expect(
      admin.catalogAdmin.setEnabled({ code: "JJ904", expectedVersion: 1, enabled: true }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "SERVICE_CONFIG_INCOMPLETE",
    });

    // A service with a page of its own (the violations page) is switched off and on as before.
    const own = await admin.catalogAdmin.service({ code: "JJ046" });
    const off = await admin.catalogAdmin.setEnabled({ code: "JJ046", expectedVersion: own.version, enabled: false });
    await admin.catalogAdmin.setEnabled({ code: "JJ046", expectedVersion: off.version, enabled: true });
    const [back] = await db.select({ enabled: services.enabled }).from(services).where(eq(services.code, "JJ046"));
    expect(back?.enabled).toBe(true);
  });
});

describe("catalogAdmin.previewRoute", () => {
  /** A city of its own, so what other tests or the seed put in the tree cannot change the answers. */
  async function tree() {
    const [province] = await db.select().from(orgUnits).where(eq(orgUnits.level, "province"));
    const unit = async (
      code: string,
      level: "city" | "county" | "station" | "desk",
      parent: { id: number; path: string },
      unitType: "bureau" | "station" | "exit_entry" = "bureau",
    ) => {
      const [row] = await db
        .insert(orgUnits)
        .values({ code, name: `测试${code}`, level, unitType, parentId: parent.id, path: `${parent.path}${code}/` })
        .returning();
      return row!;
    };
    const city = await unit("T99000", "city", province!);
    const county = await unit("T99010", "county", city);
    const station = await unit("T9901001", "station", county, "station");
    const desk = await unit("T990CR", "desk", city, "exit_entry");
    return { city, county, station, desk };
  }

  it("finds the station, its county bureau, the city's desk of the type, or says there is none", async () => {
    const { city, county, station, desk } = await tree();
    const route = (unitType: EngineConfig["handler"]["unitType"]) =>
      admin.catalogAdmin.previewRoute({ handler: { unitType }, stationId: station.id });
    expect(await route("station")).toMatchObject({
      station: { id: station.id },
      handler: { id: station.id },
      above: { id: county.id },
    });
    expect(await route("county_bureau")).toMatchObject({ handler: { id: county.id }, above: { id: city.id } });
    expect(await route("exit_entry")).toMatchObject({
      handler: { id: desk.id, name: "测试T990CR" },
      above: { id: city.id },
    });
    expect(await route("cyber")).toMatchObject({ handler: null, above: null });
    await expect(
      admin.catalogAdmin.previewRoute({ handler: { unitType: "station" }, stationId: county.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
