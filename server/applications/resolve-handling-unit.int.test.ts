import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { households, orgUnits, residents } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { pathUnder } from "@/server/orgs/scope";
import { sampleResidentsByCity } from "@/server/seed/population";
import { createTestDb } from "@/test/db";
import { deskUnitTypes, type HandlerRule } from "./engine-config";
import { resolveHandlingUnit } from "./resolve-handling-unit";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});

afterAll(async () => {
  await h?.close();
});

const handlers: HandlerRule["unitType"][] = ["station", "county_bureau", ...deskUnitTypes];

async function householdStationOf(idNumber: string) {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, parentId: orgUnits.parentId })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(eq(residents.idNumberHash, hashPii("id", idNumber)));
  if (!row) throw new Error(`no household for ${idNumber}`);
  return row;
}

describe("resolveHandlingUnit", () => {
  it.each(sampleResidentsByCity().map((s) => [s.cityCode, s] as const))(
    "finds every kind of handler inside city %s for its sample resident",
    async (cityCode, sample) => {
      const station = await householdStationOf(sample.resident.idNumber);
      for (const unitType of handlers) {
        const unit = await resolveHandlingUnit(db, { placeStationId: station.id, handler: { unitType } });
        expect(pathUnder(`/410000/${cityCode}/`, unit.path), `${cityCode} ${unitType}`).toBe(true);
        const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, unit.id));
        if (unitType === "station") expect(unit.id).toBe(station.id);
        else if (unitType === "county_bureau") {
          expect(unit.id).toBe(station.parentId);
          expect(row!.level).toBe("county");
        } else {
          expect(row).toMatchObject({ level: "desk", unitType, path: `/410000/${cityCode}/${row!.code}/` });
        }
        expect(unit.name).toBe(row!.name);
      }
    },
  );

  it("resolves the 郑州 desks by name", async () => {
    const station = await householdStationOf(sampleResidentsByCity()[0]!.resident.idNumber);
    const unit = await resolveHandlingUnit(db, { placeStationId: station.id, handler: { unitType: "vehicle_admin" } });
    expect(unit.name).toBe("郑州市公安局交通警察支队车辆管理所");
  });

  it("refuses a place that is not a police station", async () => {
    const [county] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "410105"));
    await expect(
      resolveHandlingUnit(db, { placeStationId: county!.id, handler: { unitType: "station" } }),
    ).rejects.toMatchObject({ code: "HANDLING_UNIT_MISSING" });
  });

  it("refuses when the city has no desk of the type, rather than picking another city's", async () => {
    await db
      .transaction(async (tx) => {
        const [station] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "41040201"));
        await tx.delete(orgUnits).where(eq(orgUnits.code, "41040096"));
        await expect(
          resolveHandlingUnit(tx, { placeStationId: station!.id, handler: { unitType: "custody" } }),
        ).rejects.toMatchObject({ code: "HANDLING_UNIT_MISSING" });
        tx.rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Error) || !/rollback/i.test(e.message)) throw e;
      });
  });
});
