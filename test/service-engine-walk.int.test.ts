import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { households, orgUnits, residents, services } from "@/db/schema";
import { autoRules } from "@/server/applications/auto-rules/auto-rules";
import { dedicatedServicePages } from "@/server/applications/dedicated-service-pages";
import type { HandlerRule } from "@/server/applications/engine-config";
import { resolveHandlingUnit } from "@/server/applications/resolve-handling-unit";
import { validateServiceConfig } from "@/server/catalog/validate-service-config";
import { hashPii } from "@/server/crypto/pii";
import type { FormSchema, StationRoute } from "@/server/applications/form-schema";
import { pathUnder } from "@/server/orgs/scope";
import { catalogCategories } from "@/server/seed/catalog/catalog-categories";
import { sampleResidentsByCity } from "@/server/seed/population";
import { createTestDb } from "@/test/db";

/**
 * Every 办理 service of the seeded catalogue, walked as a citizen of each of the 18 cities would meet it:
 * either a page of its own handles it, or its configuration is complete — the engine configuration parses
 * and fits its form, the form is sound, every route of the form leads to a handling unit inside the
 * citizen's city, the outcome is defined, and an automatic decision names a rule that exists.
 */

/** The test names come from the seed's catalogue; the walk reads each service from the seeded database. */
const handleCodes = catalogCategories
  .flatMap((c) => c.services)
  .filter((s) => s.kind === "handle")
  .map((s) => s.code);

type City = { cityCode: string; householdStationId: number; anyStationId: number };

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let cities: City[];
let appointmentServices: Set<string>;
let handle: { code: string; name: string; formSchema: unknown; engine: unknown }[];
const resolved = new Map<string, Promise<{ path: string }>>();

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const rows = await db
    .select({
      code: services.code,
      name: services.name,
      kind: services.kind,
      formSchema: services.formSchema,
      engine: services.engine,
    })
    .from(services);
  appointmentServices = new Set(rows.filter((r) => r.kind === "appointment").map((r) => r.code));
  handle = rows.filter((r) => r.kind === "handle");
  const stations = await db
    .select({ id: orgUnits.id, code: orgUnits.code, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.level, "station"));
  cities = await Promise.all(
    sampleResidentsByCity().map(async ({ cityCode, resident }) => {
      const [home] = await db
        .select({ stationId: households.orgUnitId })
        .from(residents)
        .innerJoin(households, eq(households.id, residents.householdId))
        .where(eq(residents.idNumberHash, hashPii("id", resident.idNumber)));
      // A station the citizen might choose in a form (premises, a rented flat): the city's last one.
      const chosen = stations.filter((s) => pathUnder(`/410000/${cityCode}/`, s.path)).at(-1);
      if (!home || !chosen) throw new Error(`no sample household or station in ${cityCode}`);
      return { cityCode, householdStationId: home.stationId, anyStationId: chosen.id };
    }),
  );
});

afterAll(async () => {
  await h?.close();
});

/** The routes a form can take: one, or one per answer of its routing choice. */
function routesOf(schema: FormSchema): StationRoute[] {
  return schema.routing.kind === "choice" ? Object.values(schema.routing.map) : [schema.routing];
}

/**
 * The station a route reaches for this citizen: a chosen station of the city, or a household in it (the
 * applicant's own; a person named in the form is, for the walk, a member of the same city's register).
 */
const placeOf = (route: StationRoute, city: City) =>
  route.kind === "station_field" ? city.anyStationId : city.householdStationId;

function resolve(placeStationId: number, unitType: HandlerRule["unitType"]) {
  const key = `${placeStationId}:${unitType}`;
  let found = resolved.get(key);
  if (!found) {
    found = resolveHandlingUnit(db, { placeStationId, handler: { unitType } });
    resolved.set(key, found);
  }
  return found;
}

describe("service engine walk", () => {
  it("walks all 178 办理 services of the catalogue and a citizen in each of the 18 cities", () => {
    expect(handle).toHaveLength(178);
    expect(handleCodes.sort()).toEqual(handle.map((s) => s.code).sort());
    expect(cities).toHaveLength(18);
  });

  it("lists only 办理 services as dedicated pages", () => {
    for (const code of Object.keys(dedicatedServicePages))
      expect(
        handle.map((s) => s.code),
        code,
      ).toContain(code);
  });

  it.each(handleCodes)("%s is handled and reachable", async (code) => {
    const service = handle.find((s) => s.code === code);
    expect(service, `${code} is not in the seeded catalogue`).toBeDefined();
    if (!service) return;
    const label = `${service.code} ${service.name}`;
    if (dedicatedServicePages[service.code]) return;

    expect(service.formSchema, `${label}: no form`).not.toBeNull();
    expect(service.engine, `${label}: no engine configuration`).not.toBeNull();
    const form = service.formSchema as FormSchema;
    const result = validateServiceConfig({ form, engine: service.engine }, { appointmentServices });
    expect(result.success, `${label}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    if (!result.success) return;
    const { engine } = result.data;

    expect(engine.outcome.kind, label).toBeTruthy();

    for (const city of cities)
      for (const route of routesOf(form)) {
        const unit = await resolve(placeOf(route, city), engine.handler.unitType);
        expect(pathUnder(`/410000/${city.cityCode}/`, unit.path), `${label} in ${city.cityCode}`).toBe(true);
      }

    // Last, so a service whose rule is still to be written is walked for everything else first.
    if (engine.decision.kind === "auto")
      expect(autoRules[engine.decision.rule], `${label}: no automatic rule ${engine.decision.rule}`).toBeDefined();
  });
});
