import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, gte, isNotNull, isNull, lt, lte, ne, notExists, or, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Tx } from "@/db/client";
import {
  borderCrossings,
  criminalRecords,
  dogs,
  drivingLicences,
  residents,
  services,
  trafficViolations,
  vehicles,
} from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { addYears } from "@/server/dates/add-years";
import { chinaToday } from "@/server/dates/china-today";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { formatPlateNumber } from "@/server/traffic/plate-number";
import { createTestDb } from "@/test/db";
import { inRolledBack, residentIdOf } from "@/test/rolled-back";
import type { AutoDecision, AutoRuleInput } from "./auto-rule";
import { autoRules } from "./auto-rules";
import { autoRuleKeys } from "../engine-config";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h?.close());

const now = new Date();
const today = chinaToday(now);

type Over = Partial<Omit<AutoRuleInput, "materials">> & { residentId?: string | null; materials?: string[] };

function decide(key: keyof typeof autoRules, over: Over = {}, tx?: Tx): Promise<AutoDecision> {
  const { residentId = null, materials = [], ...rest } = over;
  const run = (t: Tx) =>
    autoRules[key].decide({
      tx: t,
      applicationId: randomUUID(),
      serviceId: 0,
      serviceCode: "TEST",
      values: {},
      applicant: { userId: randomUUID(), residentId },
      materials: new Set(materials),
      now,
      ...rest,
    });
  return tx ? run(tx) : inRolledBack(db, run);
}

const failed = (d: AutoDecision) => (d.checks ?? []).filter((c) => !c.passed).map((c) => c.condition);

function referredFor(d: AutoDecision, condition: string) {
  expect(d.decision).toBe("refer");
  expect(failed(d)).toContain(condition);
}

/** A licence holder matching `where`, with the resident's id. */
async function holder(where: ReturnType<typeof and>) {
  const [row] = await db
    .select({ residentId: drivingLicences.residentId, birthDate: residents.birthDate })
    .from(drivingLicences)
    .innerJoin(residents, eq(residents.id, drivingLicences.residentId))
    .where(where)
    .orderBy(asc(drivingLicences.archiveNumber))
    .limit(1);
  if (!row) throw new Error("the seed has no licence of that kind");
  return row.residentId;
}

const noDriverFines = () =>
  notExists(
    db
      .select({ id: trafficViolations.id })
      .from(trafficViolations)
      .where(
        and(
          eq(trafficViolations.licenceResidentId, drivingLicences.residentId),
          eq(trafficViolations.status, "unpaid"),
        ),
      ),
  );
const noVehicleFines = () =>
  notExists(
    db
      .select({ id: trafficViolations.id })
      .from(trafficViolations)
      .where(and(eq(trafficViolations.vehicleId, vehicles.id), eq(trafficViolations.status, "unpaid"))),
  );

async function vehicleWhere(where: ReturnType<typeof and>) {
  const [row] = await db
    .select({ plate: vehicles.plateNumber, owner: vehicles.ownerResidentId })
    .from(vehicles)
    .where(where)
    .orderBy(asc(vehicles.vin))
    .limit(1);
  if (!row?.owner) throw new Error("the seed has no vehicle of that kind");
  return { plateNumber: formatPlateNumber(row.plate), residentId: row.owner };
}

const window = "驾驶证在有效期满前90日内，或超过有效期不满1年";
const fines = "驾驶人没有未处理的交通违法记录";
const withdrawn = "驾驶证未被暂扣、吊销或注销";
const health = "年满60周岁，已上传县级以上医疗机构出具的身体条件证明";
const sixtyYearsAgo = () => addYears(today, -60);

describe("the registry", () => {
  it("has a rule for every key, each with its conditions in Chinese", () => {
    for (const key of autoRuleKeys) {
      expect(autoRules[key].key).toBe(key);
      expect(autoRules[key].conditions.length).toBeGreaterThan(0);
      for (const c of autoRules[key].conditions) expect(c).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("驾驶证期满换证 on the seeded registers", () => {
  it("completes the demo citizen's renewal (licence due within 90 days) with a photo, checks listed", async () => {
    const d = await decide("licence_renewal", {
      residentId: await residentIdOf(db, demoResidents.citizen.idNumber),
      materials: ["photo"],
    });
    expect(d.decision).toBe("complete");
    expect(d.checks?.every((c) => c.passed)).toBe(true);
  });

  it("refers the demo citizen without a photo, and an applicant not in the register", async () => {
    const residentId = await residentIdOf(db, demoResidents.citizen.idNumber);
    referredFor(await decide("licence_renewal", { residentId }), "已上传本人近期证件照片");
    referredFor(
      await decide("licence_renewal", { residentId: null, materials: ["photo"] }),
      "申请人持有本省核发的机动车驾驶证",
    );
  });

  it("asks a holder of 60 or over due for renewal for the health certificate", async () => {
    const residentId = await holder(
      and(
        eq(drivingLicences.status, "valid"),
        gte(drivingLicences.validUntil, today),
        lte(drivingLicences.validUntil, addDays(today, 90)),
        lte(residents.birthDate, sixtyYearsAgo()),
        noDriverFines(),
      ),
    );
    referredFor(await decide("licence_renewal", { residentId, materials: ["photo"] }), health);
    expect((await decide("licence_renewal", { residentId, materials: ["photo", "health"] })).decision).toBe("complete");
  });

  it("completes a licence expired less than a year ago, refers one expired longer", async () => {
    const recent = await holder(
      and(eq(drivingLicences.status, "expired"), gt(drivingLicences.validUntil, addDays(today, -365)), noDriverFines()),
    );
    expect((await decide("licence_renewal", { residentId: recent, materials: ["photo", "health"] })).decision).toBe(
      "complete",
    );
    const old = await holder(
      and(eq(drivingLicences.status, "expired"), lt(drivingLicences.validUntil, addDays(today, -365))),
    );
    referredFor(await decide("licence_renewal", { residentId: old, materials: ["photo", "health"] }), window);
  });

  it("refers a licence not yet due, and a long-term one", async () => {
    const spare = await residentIdOf(db, demoAccount("spareCitizen").idNumber!);
    referredFor(await decide("licence_renewal", { residentId: spare, materials: ["photo"] }), window);
    const longTerm = await holder(and(eq(drivingLicences.term, "long_term"), isNull(drivingLicences.validUntil)));
    referredFor(await decide("licence_renewal", { residentId: longTerm, materials: ["photo", "health"] }), window);
  });

  it("refers suspended, revoked and cancelled licences", async () => {
    for (const status of ["suspended", "revoked", "cancelled"] as const) {
      const residentId = await holder(eq(drivingLicences.status, status));
      referredFor(await decide("licence_renewal", { residentId, materials: ["photo", "health"] }), withdrawn);
    }
  });

  it("refers a driver with an unpaid fine assigned to them", async () => {
    const [row] = await db
      .select({ residentId: trafficViolations.licenceResidentId })
      .from(trafficViolations)
      .where(and(eq(trafficViolations.status, "unpaid"), isNotNull(trafficViolations.licenceResidentId)))
      .limit(1);
    referredFor(
      await decide("licence_renewal", { residentId: row!.residentId, materials: ["photo", "health"] }),
      fines,
    );
  });

  it("answers in well under 100 ms on the seeded database", async () => {
    const residentId = await residentIdOf(db, demoResidents.citizen.idNumber);
    const run = () => decide("licence_renewal", { residentId, materials: ["photo"] }, db as unknown as Tx);
    for (let i = 0; i < 3; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(100);
  });
});

describe("驾驶证补领 and 电子驾驶证 on the seeded registers", () => {
  it("completes for a current licence", async () => {
    const spare = await residentIdOf(db, demoAccount("spareCitizen").idNumber!);
    expect((await decide("licence_reissue", { residentId: spare })).decision).toBe("complete");
    expect((await decide("electronic_licence", { residentId: spare })).decision).toBe("complete");
  });

  it("refers a suspended or expired licence, none at all, or a driver with unpaid fines", async () => {
    const suspended = await holder(eq(drivingLicences.status, "suspended"));
    referredFor(await decide("licence_reissue", { residentId: suspended }), withdrawn);
    const expired = await holder(eq(drivingLicences.status, "expired"));
    referredFor(await decide("licence_reissue", { residentId: expired }), "驾驶证在有效期内");
    referredFor(await decide("electronic_licence", { residentId: expired }), "驾驶证在有效期内");
    const revoked = await holder(eq(drivingLicences.status, "revoked"));
    referredFor(await decide("electronic_licence", { residentId: revoked }), withdrawn);
    const daughter = await residentIdOf(db, demoResidents.daughter.idNumber);
    referredFor(await decide("electronic_licence", { residentId: daughter }), "申请人持有本省核发的机动车驾驶证");
    const [fined] = await db
      .select({ residentId: trafficViolations.licenceResidentId })
      .from(trafficViolations)
      .where(and(eq(trafficViolations.status, "unpaid"), isNotNull(trafficViolations.licenceResidentId)))
      .limit(1);
    referredFor(await decide("licence_reissue", { residentId: fined!.residentId }), fines);
  });
});

describe("补换领行驶证、补领号牌 on the seeded registers", () => {
  const owned = "所填号牌的机动车登记在申请人名下";
  const normal = "机动车状态正常（未查封、被盗抢、报废或转出）";

  it("completes for the applicant's own normal vehicle without unpaid fines, the plate typed with a dot", async () => {
    const v = await vehicleWhere(and(eq(vehicles.status, "normal"), noVehicleFines()));
    for (const key of ["vehicle_licence_reissue", "plate_reissue"] as const) {
      const d = await decide(key, { residentId: v.residentId, values: { plateNumber: v.plateNumber } });
      expect(d.decision).toBe("complete");
    }
  });

  it("refers the demo citizen's car with unpaid fines, a seized car, and someone else's plate", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    const [car] = await db.select().from(vehicles).where(eq(vehicles.ownerResidentId, demo));
    referredFor(
      await decide("plate_reissue", { residentId: demo, values: { plateNumber: car!.plateNumber } }),
      "该车没有未处理的交通违法记录",
    );
    const seized = await vehicleWhere(eq(vehicles.status, "seized"));
    referredFor(await decide("vehicle_licence_reissue", { residentId: seized.residentId, values: seized }), normal);
    const other = await vehicleWhere(and(eq(vehicles.status, "normal"), ne(vehicles.ownerResidentId, demo)));
    referredFor(await decide("plate_reissue", { residentId: demo, values: { plateNumber: other.plateNumber } }), owned);
    referredFor(await decide("plate_reissue", { residentId: demo, values: { plateNumber: "not a plate" } }), owned);
  });
});

describe("申领免检车辆检验标志 on the seeded registers", () => {
  const exemptDue = () =>
    and(
      eq(vehicles.status, "normal"),
      eq(vehicles.inspectionExempt, true),
      gte(vehicles.inspectionDue, today),
      lte(vehicles.inspectionDue, addDays(today, 90)),
    );

  it("completes for an exempt, insured vehicle due within 90 days without unpaid fines", async () => {
    const v = await vehicleWhere(and(exemptDue(), gte(vehicles.insuranceValidUntil, today), noVehicleFines()));
    expect((await decide("inspection_exemption_label", { residentId: v.residentId, values: v })).decision).toBe(
      "complete",
    );
  });

  it("refers a vehicle past its exemption, one uninsured, and one not yet due", async () => {
    const old = await vehicleWhere(and(eq(vehicles.status, "normal"), eq(vehicles.inspectionExempt, false)));
    referredFor(
      await decide("inspection_exemption_label", { residentId: old.residentId, values: old }),
      "属于6年以内免予上线检验的非营运小微型载客汽车",
    );
    const uninsured = await vehicleWhere(
      and(
        eq(vehicles.inspectionExempt, true),
        or(isNull(vehicles.insuranceValidUntil), lt(vehicles.insuranceValidUntil, today)),
      ),
    );
    referredFor(
      await decide("inspection_exemption_label", { residentId: uninsured.residentId, values: uninsured }),
      "机动车交强险在有效期内",
    );
    const notDue = await vehicleWhere(
      and(eq(vehicles.inspectionExempt, true), gt(vehicles.inspectionDue, addDays(today, 90))),
    );
    referredFor(
      await decide("inspection_exemption_label", { residentId: notDue.residentId, values: notDue }),
      "在检验有效期满前90日内申领，且未逾期",
    );
  });

  it("refers a vehicle with unpaid fines", async () => {
    const fined = await vehicleWhere(
      and(
        eq(vehicles.status, "normal"),
        sql`exists (select 1 from ${trafficViolations} where ${trafficViolations.vehicleId} = ${vehicles.id} and ${trafficViolations.status} = 'unpaid')`,
      ),
    );
    referredFor(
      await decide("inspection_exemption_label", { residentId: fined.residentId, values: fined }),
      "该车没有未处理的交通违法记录",
    );
  });
});

describe("机动车所有人联系方式变更 on the seeded registers", () => {
  it("completes with a mobile number for the demo citizen's car, refers a bad number and a seized car", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    const [car] = await db.select().from(vehicles).where(eq(vehicles.ownerResidentId, demo));
    const values = { plateNumber: car!.plateNumber, newPhone: "13912345678" };
    expect((await decide("vehicle_owner_contact_change", { residentId: demo, values })).decision).toBe("complete");
    referredFor(
      await decide("vehicle_owner_contact_change", { residentId: demo, values: { ...values, newPhone: "1391234" } }),
      "新联系电话为有效的手机号码",
    );
    const seized = await vehicleWhere(eq(vehicles.status, "seized"));
    referredFor(
      await decide("vehicle_owner_contact_change", {
        residentId: seized.residentId,
        values: { ...seized, newPhone: "13912345678" },
      }),
      "机动车状态正常（未查封、被盗抢、报废或转出）",
    );
  });
});

describe("出入境记录证明 and 无犯罪记录证明 on the seeded registers", () => {
  it("issues the demo citizen's record certificate, refers someone with no crossings", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    expect((await decide("entry_exit_record_certificate", { residentId: demo })).decision).toBe("complete");
    const spare = await residentIdOf(db, demoAccount("spareCitizen").idNumber!);
    const [crossed] = await db
      .select({ id: borderCrossings.id })
      .from(borderCrossings)
      .where(eq(borderCrossings.idNumberHash, hashPii("id", demoAccount("spareCitizen").idNumber!)));
    expect(crossed).toBeUndefined();
    referredFor(
      await decide("entry_exit_record_certificate", { residentId: spare }),
      "出入境管理部门有申请人的出入境记录",
    );
  });

  it("issues the demo citizen's no-record certificate, sends a convicted person to the station", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    expect((await decide("no_criminal_record_certificate", { residentId: demo })).decision).toBe("complete");
    const [convicted] = await db
      .select({ id: residents.id })
      .from(criminalRecords)
      .innerJoin(residents, eq(residents.idNumberHash, criminalRecords.idNumberHash))
      .limit(1);
    const d = await decide("no_criminal_record_certificate", { residentId: convicted!.id });
    expect(d).toMatchObject({ decision: "refer", reason: expect.stringContaining("转派出所核查") });
    referredFor(await decide("no_criminal_record_certificate", { residentId: null }), "申请人在本省户籍登记中");
  });
});

describe("犬只年检 on the seeded registers", () => {
  async function dogWhere(where: ReturnType<typeof and>) {
    const [row] = await db.select().from(dogs).where(where).orderBy(asc(dogs.registrationNumber)).limit(1);
    if (!row) throw new Error("the seed has no dog of that kind");
    return { residentId: row.ownerResidentId, values: { dogRegistrationNumber: row.registrationNumber } };
  }

  it("completes for the demo citizen's dog, refers someone else asking with its tag", async () => {
    const demo = await residentIdOf(db, demoResidents.citizen.idNumber);
    const mine = await dogWhere(eq(dogs.ownerResidentId, demo));
    expect((await decide("dog_annual_inspection", mine)).decision).toBe("complete");
    const spare = await residentIdOf(db, demoAccount("spareCitizen").idNumber!);
    referredFor(
      await decide("dog_annual_inspection", { ...mine, residentId: spare }),
      "所填登记号的犬只登记在申请人名下",
    );
  });

  it("refers an unvaccinated dog, one inspected this year, and one no longer registered", async () => {
    referredFor(
      await decide("dog_annual_inspection", await dogWhere(lt(dogs.rabiesVaccinatedUntil, today))),
      "狂犬病免疫在有效期内",
    );
    referredFor(
      await decide("dog_annual_inspection", await dogWhere(gte(dogs.lastInspectedOn, `${today.slice(0, 4)}-01-01`))),
      "本年度尚未年检",
    );
    referredFor(
      await decide("dog_annual_inspection", await dogWhere(ne(dogs.status, "registered"))),
      "犬只登记状态正常",
    );
  });
});

describe("特种行业从业人员信息登记 and 备案", () => {
  it("registers an active resident with an employer, refers one moved out or with no employer", async () => {
    const residentId = await residentIdOf(db, demoResidents.citizen.idNumber);
    const values = { employerName: "郑州市金水区宏达开锁服务部" };
    expect((await decide("special_trade_employee", { residentId, values })).decision).toBe("complete");
    referredFor(await decide("special_trade_employee", { residentId, values: {} }), "已填写从业单位名称");
    const movedOut = await inRolledBack(db, async (tx) => {
      await tx.update(residents).set({ status: "moved_out" }).where(eq(residents.id, residentId));
      return decide("special_trade_employee", { residentId, values }, tx);
    });
    referredFor(movedOut, "申请人户籍状态正常");
  });

  it("files when the form's required answers and materials are there, and names what is missing", async () => {
    const [service] = await db.select({ id: services.id }).from(services).orderBy(asc(services.id)).limit(1);
    const outcome = await inRolledBack(db, async (tx) => {
      await tx
        .update(services)
        .set({
          formSchema: {
            version: 1,
            routing: { kind: "applicant" },
            sections: [
              {
                key: "s",
                title: "单位",
                titleEn: "Unit",
                fields: [
                  { key: "unitName", type: "text", label: "单位名称", labelEn: "Unit name", required: true },
                  { key: "kind", type: "select", label: "类别", labelEn: "Kind", options: [] },
                  {
                    key: "branch",
                    type: "text",
                    label: "分支机构",
                    labelEn: "Branch",
                    required: true,
                    showIf: { field: "kind", in: ["branch"] },
                  },
                ],
              },
            ],
          },
          guide: sql`jsonb_set(${services.guide}, '{materials}', ${JSON.stringify([
            { key: "licence", name: "营业执照", description: "", required: true },
            { key: "other", name: "其他", description: "", required: false },
          ])}::jsonb)`,
        })
        .where(eq(services.id, service!.id));
      const run = (values: Record<string, unknown>, materials: string[]) =>
        decide("formal_filing", { serviceId: service!.id, values, materials }, tx);
      return {
        complete: await run({ unitName: "郑州某某酒店" }, ["licence"]),
        missing: await run({ unitName: " ", kind: "branch" }, []),
      };
    });
    expect(outcome.complete.decision).toBe("complete");
    expect(outcome.missing).toMatchObject({ decision: "refer" });
    expect(failed(outcome.missing)).toEqual([
      "必填项已填写（缺：单位名称、分支机构）",
      "必需材料已上传（缺：营业执照）",
    ]);
  });

  it("refers a filing whose service cannot be found, rather than passing it unchecked", async () => {
    expect(await decide("formal_filing", { serviceId: -1 })).toMatchObject({ decision: "refer" });
  });
});
