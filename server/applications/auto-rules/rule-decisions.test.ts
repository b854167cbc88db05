import { describe, expect, it } from "vitest";
import {
  decideDogAnnualInspection,
  decideElectronicLicence,
  decideEntryExitRecord,
  decideFormalFiling,
  decideInspectionExemptionLabel,
  decideLicenceReissue,
  decideLicenceRenewal,
  decideNoCriminalRecord,
  decideSpecialTradeEmployee,
  decideVehicleDocumentReissue,
  decideVehicleOwnerContact,
  type DogFacts,
  type LicenceFacts,
  type VehicleFacts,
} from "./rule-decisions";
import type { AutoDecision } from "./auto-rule";

const today = "2026-12-07";
const failed = (d: AutoDecision) => (d.checks ?? []).filter((c) => !c.passed).map((c) => c.condition);
const referredFor = (d: AutoDecision, ...conditions: string[]) => {
  expect(d.decision).toBe("refer");
  expect(failed(d)).toEqual(conditions);
  if (d.decision === "refer") for (const c of conditions) expect(d.reason).toContain(c);
};

describe("驾驶证期满换证", () => {
  const licence: LicenceFacts = { status: "valid", validUntil: "2027-02-05" };
  const base = { licence, today, unpaidFines: 0, age: 36, materials: new Set(["photo"]) };

  it("completes within 90 days before expiry with a photo, listing every condition checked", () => {
    const d = decideLicenceRenewal(base);
    expect(d.decision).toBe("complete");
    expect(d.checks).toHaveLength(5);
  });

  it("completes on the 90th day before expiry and up to a year after it", () => {
    expect(decideLicenceRenewal({ ...base, licence: { ...licence, validUntil: "2027-03-07" } }).decision).toBe(
      "complete",
    );
    const expired = { status: "expired", validUntil: "2025-12-08" } as const;
    expect(decideLicenceRenewal({ ...base, licence: expired }).decision).toBe("complete");
  });

  it("refers outside the window: too early, a year or more expired, long-term", () => {
    const window = "驾驶证在有效期满前90日内，或超过有效期不满1年";
    referredFor(decideLicenceRenewal({ ...base, licence: { ...licence, validUntil: "2027-03-08" } }), window);
    referredFor(decideLicenceRenewal({ ...base, licence: { status: "expired", validUntil: "2025-12-07" } }), window);
    referredFor(decideLicenceRenewal({ ...base, licence: { status: "valid", validUntil: null } }), window);
  });

  it("refers a suspended, revoked or cancelled licence, and an applicant with none", () => {
    for (const status of ["suspended", "revoked", "cancelled"] as const)
      referredFor(decideLicenceRenewal({ ...base, licence: { ...licence, status } }), "驾驶证未被暂扣、吊销或注销");
    const none = decideLicenceRenewal({ ...base, licence: null });
    expect(failed(none)).toContain("申请人持有本省核发的机动车驾驶证");
  });

  it("refers a driver with unpaid fines, or without a photo", () => {
    referredFor(decideLicenceRenewal({ ...base, unpaidFines: 1 }), "驾驶人没有未处理的交通违法记录");
    referredFor(decideLicenceRenewal({ ...base, materials: new Set() }), "已上传本人近期证件照片");
  });

  it("asks holders of 60 and over for the health certificate, and only them", () => {
    const health = "年满60周岁，已上传县级以上医疗机构出具的身体条件证明";
    referredFor(decideLicenceRenewal({ ...base, age: 60 }), health);
    expect(decideLicenceRenewal({ ...base, age: 60, materials: new Set(["photo", "health"]) }).decision).toBe(
      "complete",
    );
    expect(decideLicenceRenewal({ ...base, age: 59 }).checks?.map((c) => c.condition)).not.toContain(health);
  });
});

describe("驾驶证补领 and 电子驾驶证", () => {
  const licence: LicenceFacts = { status: "valid", validUntil: "2030-01-01" };
  it("completes for a current licence, long-term included", () => {
    expect(decideLicenceReissue({ licence, today, unpaidFines: 0 }).decision).toBe("complete");
    expect(decideElectronicLicence({ licence: { status: "valid", validUntil: null }, today }).decision).toBe(
      "complete",
    );
  });
  it("refers an expired licence (by date or by status), a withdrawn one, none, or unpaid fines", () => {
    referredFor(
      decideLicenceReissue({ licence: { ...licence, validUntil: "2026-12-06" }, today, unpaidFines: 0 }),
      "驾驶证在有效期内",
    );
    referredFor(
      decideElectronicLicence({ licence: { status: "expired", validUntil: "2026-01-01" }, today }),
      "驾驶证在有效期内",
    );
    referredFor(
      decideLicenceReissue({ licence: { ...licence, status: "suspended" }, today, unpaidFines: 0 }),
      "驾驶证未被暂扣、吊销或注销",
      "驾驶证在有效期内",
    );
    expect(decideElectronicLicence({ licence: null, today }).decision).toBe("refer");
    referredFor(decideLicenceReissue({ licence, today, unpaidFines: 2 }), "驾驶人没有未处理的交通违法记录");
  });
});

const car: VehicleFacts = {
  status: "normal",
  inspectionExempt: true,
  insuranceValidUntil: "2027-06-01",
  inspectionDue: "2027-01-20",
};

describe("补换领行驶证、补领号牌", () => {
  it("completes for the applicant's normal vehicle without unpaid fines", () => {
    expect(decideVehicleDocumentReissue({ vehicle: car, unpaidFines: 0 }).decision).toBe("complete");
  });
  it("refers a vehicle not theirs, one seized, stolen or scrapped, or one with unpaid fines", () => {
    expect(failed(decideVehicleDocumentReissue({ vehicle: null, unpaidFines: 0 }))).toContain(
      "所填号牌的机动车登记在申请人名下",
    );
    for (const status of ["seized", "stolen", "scrapped", "transferred"] as const)
      referredFor(
        decideVehicleDocumentReissue({ vehicle: { ...car, status }, unpaidFines: 0 }),
        "机动车状态正常（未查封、被盗抢、报废或转出）",
      );
    referredFor(decideVehicleDocumentReissue({ vehicle: car, unpaidFines: 1 }), "该车没有未处理的交通违法记录");
  });
});

describe("申领免检车辆检验标志", () => {
  const label = (vehicle: VehicleFacts | null, unpaidFines = 0) =>
    decideInspectionExemptionLabel({ vehicle, unpaidFines, today });
  it("completes for an exempt, insured vehicle due within 90 days", () => {
    expect(label(car).decision).toBe("complete");
    expect(label({ ...car, inspectionDue: today }).decision).toBe("complete");
  });
  it("refers each failed condition", () => {
    referredFor(label({ ...car, inspectionExempt: false }), "属于6年以内免予上线检验的非营运小微型载客汽车");
    referredFor(label({ ...car, insuranceValidUntil: "2026-12-06" }), "机动车交强险在有效期内");
    referredFor(label({ ...car, insuranceValidUntil: null }), "机动车交强险在有效期内");
    referredFor(label(car, 1), "该车没有未处理的交通违法记录");
    referredFor(label({ ...car, inspectionDue: "2027-03-08" }), "在检验有效期满前90日内申领，且未逾期");
    referredFor(label({ ...car, inspectionDue: "2026-12-06" }), "在检验有效期满前90日内申领，且未逾期");
    referredFor(label({ ...car, status: "seized" }), "机动车状态正常（未查封、被盗抢、报废或转出）");
    expect(label(null).decision).toBe("refer");
  });
});

describe("机动车所有人联系方式变更", () => {
  it("completes with a mobile number, refers a malformed one or a vehicle not theirs", () => {
    expect(decideVehicleOwnerContact({ vehicle: car, phone: "13912345678" }).decision).toBe("complete");
    for (const phone of ["1391234567", "23912345678", "12912345678", "0371-6612345", ""])
      referredFor(decideVehicleOwnerContact({ vehicle: car, phone }), "新联系电话为有效的手机号码");
    referredFor(
      decideVehicleOwnerContact({ vehicle: { ...car, status: "scrapped" }, phone: "13912345678" }),
      "机动车状态正常（未查封、被盗抢、报废或转出）",
    );
    expect(decideVehicleOwnerContact({ vehicle: null, phone: "13912345678" }).decision).toBe("refer");
  });
});

describe("出入境记录证明 and 无犯罪记录证明", () => {
  it("issues the record certificate when there are records, refers otherwise", () => {
    expect(decideEntryExitRecord({ registered: true, crossings: 4 }).decision).toBe("complete");
    referredFor(decideEntryExitRecord({ registered: true, crossings: 0 }), "出入境管理部门有申请人的出入境记录");
    expect(failed(decideEntryExitRecord({ registered: false, crossings: 0 }))).toContain("申请人在本省户籍登记中");
  });
  it("issues the no-record certificate when nothing is recorded, sends a record to the station", () => {
    expect(decideNoCriminalRecord({ registered: true, records: 0 }).decision).toBe("complete");
    const d = decideNoCriminalRecord({ registered: true, records: 1 });
    expect(d).toMatchObject({ decision: "refer", reason: expect.stringContaining("转派出所核查") });
    expect(failed(d)).toEqual(["违法犯罪记录库中没有申请人的犯罪记录"]);
    referredFor(decideNoCriminalRecord({ registered: false, records: 0 }), "申请人在本省户籍登记中");
  });
});

describe("犬只年检", () => {
  const dog: DogFacts = { status: "registered", rabiesVaccinatedUntil: "2027-03-01", lastInspectedOn: "2025-12-07" };
  const inspect = (d: DogFacts | null) => decideDogAnnualInspection({ dog: d, today });
  it("completes for the applicant's vaccinated dog last inspected in an earlier year, or never", () => {
    expect(inspect(dog).decision).toBe("complete");
    expect(inspect({ ...dog, lastInspectedOn: null }).decision).toBe("complete");
  });
  it("refers each failed condition", () => {
    expect(failed(inspect(null))).toContain("所填登记号的犬只登记在申请人名下");
    referredFor(inspect({ ...dog, status: "lost" }), "犬只登记状态正常");
    referredFor(inspect({ ...dog, rabiesVaccinatedUntil: "2026-12-06" }), "狂犬病免疫在有效期内");
    referredFor(inspect({ ...dog, lastInspectedOn: "2026-01-02" }), "本年度尚未年检");
  });
});

describe("特种行业从业人员信息登记 and 备案", () => {
  const employee = { residentStatus: "active", idNumberValid: true, employerName: "郑州市金水区宏达开锁服务部" };
  it("completes a formal registration, refers each failed condition", () => {
    expect(decideSpecialTradeEmployee(employee).decision).toBe("complete");
    referredFor(decideSpecialTradeEmployee({ ...employee, residentStatus: "moved_out" }), "申请人户籍状态正常");
    referredFor(
      decideSpecialTradeEmployee({ ...employee, residentStatus: null, idNumberValid: false }),
      "申请人户籍状态正常",
      "公民身份号码有效",
    );
    referredFor(decideSpecialTradeEmployee({ ...employee, employerName: " 某 " }), "已填写从业单位名称");
  });
  it("completes a filing with everything present, and names what is missing", () => {
    expect(decideFormalFiling({ missingFields: [], missingMaterials: [] }).decision).toBe("complete");
    const d = decideFormalFiling({ missingFields: ["单位名称"], missingMaterials: ["营业执照"] });
    expect(d).toMatchObject({ decision: "refer", reason: expect.stringContaining("缺：单位名称") });
    expect(failed(d)).toHaveLength(2);
  });
});
