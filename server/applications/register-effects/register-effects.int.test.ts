import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, lte, notExists } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Tx } from "@/db/client";
import {
  dogs,
  drivingLicenceEvents,
  drivingLicences,
  orgUnits,
  residents,
  services,
  specialTradeEmployees,
  trafficViolations,
  vehicleEvents,
  vehicles,
} from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { addYears } from "@/server/dates/add-years";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { createTestDb } from "@/test/db";
import { inRolledBack, residentIdOf } from "@/test/rolled-back";
import { registerEffectKeys } from "../engine-config";
import type { EffectDocument, RegisterEffectInput } from "./register-effect";
import { registerEffects } from "./register-effects";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let unitId: number;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "410100"));
  unitId = unit!.id;
});
afterAll(async () => h?.close());

const now = new Date();
const today = chinaToday(now);
const fullIdNumber = /\d{17}[\dX]/;

function apply(
  tx: Tx,
  key: keyof typeof registerEffects,
  residentId: string,
  values: Record<string, unknown> = {},
  serviceCode = "TEST",
): Promise<EffectDocument> {
  const input: RegisterEffectInput = {
    serviceCode,
    values,
    applicant: { userId: randomUUID(), residentId },
    residents: {},
    handlingUnitId: unitId,
    applicationNumber: "T2026120700001",
    now,
  };
  return registerEffects[key].apply(tx, input);
}

async function refusedAsChanged(run: () => Promise<unknown>) {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe("REGISTER_CHANGED");
}

function expectSafe(doc: EffectDocument) {
  for (const f of doc.facts) expect(f.value).not.toMatch(fullIdNumber);
  expect(doc.facts.at(-1)).toEqual({ label: "受理编号", labelEn: "Application number", value: "T2026120700001" });
}

async function licenceHolder(where: ReturnType<typeof and>) {
  const [row] = await db
    .select({ residentId: drivingLicences.residentId })
    .from(drivingLicences)
    .innerJoin(residents, eq(residents.id, drivingLicences.residentId))
    .where(where)
    .orderBy(asc(drivingLicences.archiveNumber))
    .limit(1);
  if (!row) throw new Error("the seed has no licence of that kind");
  return row.residentId;
}

const licenceOf = async (tx: Tx, residentId: string) =>
  (await tx.select().from(drivingLicences).where(eq(drivingLicences.residentId, residentId)))[0]!;

describe("the registry", () => {
  it("has an effect for every key", () => {
    for (const key of registerEffectKeys) expect(registerEffects[key].key).toBe(key);
  });
});

describe("licence renewal", () => {
  it("moves the demo citizen's ten-year licence to long-term from its expiry date, records it, prints it masked", async () => {
    const residentId = await residentIdOf(db, demoResidents.citizen.idNumber);
    const { before, after, events, doc } = await inRolledBack(db, async (tx) => {
      const before = await licenceOf(tx, residentId);
      const doc = await apply(tx, "licence_renewal", residentId);
      const after = await licenceOf(tx, residentId);
      const events = await tx.select().from(drivingLicenceEvents).where(eq(drivingLicenceEvents.licenceId, after.id));
      return { before, after, events, doc };
    });
    expect(before.term).toBe("ten_years");
    expect(after).toMatchObject({ term: "long_term", validUntil: null, validFrom: before.validUntil, status: "valid" });
    expect(events).toMatchObject([
      { kind: "renewal", previousValidUntil: before.validUntil, validUntil: null, issuedBy: unitId },
    ]);
    expect(doc).toMatchObject({ documentKind: "driving_licence", holderName: demoResidents.citizen.name });
    expect(doc.facts).toContainEqual({ label: "有效期限", labelEn: "Validity", value: "长期" });
    expectSafe(doc);
  });

  it("renews a six-year licence for ten years, and an expired one from today, with the health certificate date from 60", async () => {
    const six = await licenceHolder(
      and(
        eq(drivingLicences.term, "six_years"),
        eq(drivingLicences.status, "valid"),
        gte(drivingLicences.validUntil, today),
        lte(drivingLicences.validUntil, addDays(today, 90)),
      ),
    );
    const renewed = await inRolledBack(db, async (tx) => {
      const before = await licenceOf(tx, six);
      await apply(tx, "licence_renewal", six);
      return { before, after: await licenceOf(tx, six) };
    });
    expect(renewed.after).toMatchObject({
      term: "ten_years",
      validFrom: renewed.before.validUntil,
      validUntil: addYears(renewed.before.validUntil!, 10),
    });

    const expired = await licenceHolder(
      and(eq(drivingLicences.status, "expired"), gte(drivingLicences.validUntil, addDays(today, -364))),
    );
    const after = await inRolledBack(db, async (tx) => {
      await apply(tx, "licence_renewal", expired);
      return licenceOf(tx, expired);
    });
    expect(after).toMatchObject({ status: "valid", validFrom: today });

    const older = await licenceHolder(
      and(
        eq(drivingLicences.status, "valid"),
        gte(drivingLicences.validUntil, today),
        lte(drivingLicences.validUntil, addDays(today, 90)),
        lte(residents.birthDate, addYears(today, -60)),
      ),
    );
    const certified = await inRolledBack(db, async (tx) => {
      await apply(tx, "licence_renewal", older);
      return licenceOf(tx, older);
    });
    expect(certified.healthCertifiedOn).toBe(today);
  });

  it("refuses a licence not due, suspended, or expired over a year, writing nothing", async () => {
    const spare = await residentIdOf(db, demoAccount("spareCitizen").idNumber!);
    const suspended = await licenceHolder(eq(drivingLicences.status, "suspended"));
    const lapsed = await licenceHolder(
      and(eq(drivingLicences.status, "expired"), lte(drivingLicences.validUntil, addDays(today, -365))),
    );
    for (const residentId of [spare, suspended, lapsed]) {
      await inRolledBack(db, async (tx) => {
        const before = await licenceOf(tx, residentId);
        await refusedAsChanged(() => tx.transaction((inner) => apply(inner, "licence_renewal", residentId)));
        expect(await licenceOf(tx, residentId)).toEqual(before);
      });
    }
  });
});

describe("licence reissue and electronic licence", () => {
  it("records the reissue and the electronic licence against a current licence, term unchanged", async () => {
    const spare = await residentIdOf(db, demoAccount("spareCitizen").idNumber!);
    const out = await inRolledBack(db, async (tx) => {
      const before = await licenceOf(tx, spare);
      const reissue = await apply(tx, "licence_reissue", spare);
      const electronic = await apply(tx, "electronic_licence", spare);
      const after = await licenceOf(tx, spare);
      const events = await tx
        .select({ kind: drivingLicenceEvents.kind })
        .from(drivingLicenceEvents)
        .where(eq(drivingLicenceEvents.licenceId, after.id))
        .orderBy(asc(drivingLicenceEvents.kind));
      return { before, after, reissue, electronic, events };
    });
    expect(out.after).toMatchObject({ validUntil: out.before.validUntil, term: out.before.term });
    expect(out.after.electronicIssuedAt).not.toBeNull();
    expect(out.events.map((e) => e.kind)).toEqual(["reissue", "electronic"]);
    expect(out.reissue.documentKind).toBe("driving_licence");
    expect(out.electronic.documentKind).toBe("electronic_driving_licence");
    expectSafe(out.reissue);
    expectSafe(out.electronic);
  });

  it("refuses a suspended or revoked licence", async () => {
    const suspended = await licenceHolder(eq(drivingLicences.status, "suspended"));
    const revoked = await licenceHolder(eq(drivingLicences.status, "revoked"));
    await inRolledBack(db, async (tx) => {
      await refusedAsChanged(() => tx.transaction((inner) => apply(inner, "licence_reissue", suspended)));
      await refusedAsChanged(() => tx.transaction((inner) => apply(inner, "electronic_licence", revoked)));
    });
  });
});

const noVehicleFines = () =>
  notExists(
    db
      .select({ id: trafficViolations.id })
      .from(trafficViolations)
      .where(and(eq(trafficViolations.vehicleId, vehicles.id), eq(trafficViolations.status, "unpaid"))),
  );

async function vehicleWhere(where: ReturnType<typeof and>) {
  const [row] = await db.select().from(vehicles).where(where).orderBy(asc(vehicles.vin)).limit(1);
  if (!row?.ownerResidentId) throw new Error("the seed has no vehicle of that kind");
  return { vehicle: row, residentId: row.ownerResidentId };
}

describe("vehicle documents", () => {
  it("reissues the plate or the 行驶证 as the service's rule or the answer says, recording it", async () => {
    const { vehicle, residentId } = await vehicleWhere(and(eq(vehicles.status, "normal"), noVehicleFines()));
    const out = await inRolledBack(db, async (tx) => {
      const [service] = await tx.select({ code: services.code }).from(services).orderBy(asc(services.id)).limit(1);
      await tx
        .update(services)
        .set({ engine: { decision: { kind: "auto", rule: "plate_reissue", review: [] } } })
        .where(eq(services.code, service!.code));
      const plate = await apply(
        tx,
        "vehicle_document_reissue",
        residentId,
        { plateNumber: vehicle.plateNumber },
        service!.code,
      );
      const licence = await apply(tx, "vehicle_document_reissue", residentId, {
        plateNumber: vehicle.plateNumber,
        reissueItem: "vehicle_licence",
      });
      const events = await tx
        .select({ kind: vehicleEvents.kind })
        .from(vehicleEvents)
        .where(eq(vehicleEvents.vehicleId, vehicle.id))
        .orderBy(asc(vehicleEvents.createdAt), asc(vehicleEvents.kind));
      return { plate, licence, events };
    });
    expect(out.plate.documentKind).toBe("vehicle_plate");
    expect(out.licence.documentKind).toBe("vehicle_licence");
    expect(out.events.map((e) => e.kind).sort()).toEqual(["licence_reissue", "plate_reissue"]);
    expect(out.plate.facts.find((f) => f.label === "号牌号码")?.value).toContain("*");
    expectSafe(out.plate);
  });

  it("refuses a seized vehicle and a plate that is not the applicant's", async () => {
    const seized = await vehicleWhere(eq(vehicles.status, "seized"));
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    await inRolledBack(db, async (tx) => {
      await refusedAsChanged(() =>
        tx.transaction((inner) =>
          apply(inner, "vehicle_document_reissue", seized.residentId, {
            plateNumber: seized.vehicle.plateNumber,
            reissueItem: "plate",
          }),
        ),
      );
      await refusedAsChanged(() =>
        tx.transaction((inner) =>
          apply(inner, "vehicle_document_reissue", demo, {
            plateNumber: seized.vehicle.plateNumber,
            reissueItem: "plate",
          }),
        ),
      );
    });
  });

  it("issues the inspection label: validity two years on, the label of that year", async () => {
    const { vehicle, residentId } = await vehicleWhere(
      and(
        eq(vehicles.status, "normal"),
        eq(vehicles.inspectionExempt, true),
        gte(vehicles.insuranceValidUntil, today),
        gte(vehicles.inspectionDue, today),
        lte(vehicles.inspectionDue, addDays(today, 90)),
      ),
    );
    const { after, doc } = await inRolledBack(db, async (tx) => {
      const doc = await apply(tx, "inspection_label", residentId, { plateNumber: vehicle.plateNumber });
      const [after] = await tx.select().from(vehicles).where(eq(vehicles.id, vehicle.id));
      return { after: after!, doc };
    });
    const due = addYears(vehicle.inspectionDue, 2);
    expect(after).toMatchObject({ inspectionDue: due, inspectionLabelYear: Number(due.slice(0, 4)) });
    expect(doc.documentKind).toBe("inspection_label");
    expectSafe(doc);
  });

  it("refuses the label for a vehicle past its exemption", async () => {
    const { vehicle, residentId } = await vehicleWhere(
      and(eq(vehicles.status, "normal"), eq(vehicles.inspectionExempt, false)),
    );
    await inRolledBack(db, async (tx) => {
      await refusedAsChanged(() =>
        tx.transaction((inner) => apply(inner, "inspection_label", residentId, { plateNumber: vehicle.plateNumber })),
      );
    });
  });

  it("stores the owner's new phone encrypted and prints it masked; refuses a seized vehicle", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    const [car] = await db.select().from(vehicles).where(eq(vehicles.ownerResidentId, demo));
    const { stored, doc } = await inRolledBack(db, async (tx) => {
      const doc = await apply(tx, "vehicle_owner_contact", demo, {
        plateNumber: car!.plateNumber,
        newPhone: "13912345678",
      });
      const [row] = await tx.select({ enc: vehicles.ownerPhoneEnc }).from(vehicles).where(eq(vehicles.id, car!.id));
      return { stored: row!.enc!, doc };
    });
    expect(stored).not.toContain("13912345678");
    expect(decryptPii(stored)).toBe("13912345678");
    expect(doc.facts).toContainEqual({ label: "联系电话", labelEn: "Contact phone", value: "139****5678" });
    expect(JSON.stringify(doc)).not.toContain("13912345678");

    const seized = await vehicleWhere(eq(vehicles.status, "seized"));
    await inRolledBack(db, async (tx) => {
      await refusedAsChanged(() =>
        tx.transaction((inner) =>
          apply(inner, "vehicle_owner_contact", seized.residentId, {
            plateNumber: seized.vehicle.plateNumber,
            newPhone: "13912345678",
          }),
        ),
      );
    });
  });
});

describe("dog inspection", () => {
  it("inspects the demo citizen's dog today, next due by the end of next year; a second time is refused", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    const [dog] = await db.select().from(dogs).where(eq(dogs.ownerResidentId, demo));
    const values = { dogRegistrationNumber: dog!.registrationNumber };
    await inRolledBack(db, async (tx) => {
      const doc = await apply(tx, "dog_annual_inspection", demo, values);
      const [after] = await tx.select().from(dogs).where(eq(dogs.id, dog!.id));
      expect(after).toMatchObject({
        lastInspectedOn: today,
        inspectionDue: `${Number(today.slice(0, 4)) + 1}-12-31`,
      });
      expect(doc.documentKind).toBe("dog_inspection");
      expectSafe(doc);
      await refusedAsChanged(() => tx.transaction((inner) => apply(inner, "dog_annual_inspection", demo, values)));
    });
  });
});

describe("special-trade employee", () => {
  it("registers the applicant at the employer once; the same employer again is refused", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    const values = {
      employerName: "郑州市金水区宏达开锁服务部",
      trade: "开锁业",
      position: "开锁技师",
      startDate: today,
    };
    await inRolledBack(db, async (tx) => {
      const doc = await apply(tx, "special_trade_employee", demo, values);
      const rows = await tx.select().from(specialTradeEmployees).where(eq(specialTradeEmployees.residentId, demo));
      expect(rows).toMatchObject([
        { employerName: values.employerName, trade: "开锁业", status: "employed", orgUnitId: unitId, startedOn: today },
      ]);
      expect(doc.documentKind).toBe("special_trade_employee");
      expectSafe(doc);
      await refusedAsChanged(() => tx.transaction((inner) => apply(inner, "special_trade_employee", demo, values)));
    });
  });
});
