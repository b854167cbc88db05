import { daysUntil } from "@/server/dates/days-until";
import type { AutoDecision, RuleCheck } from "./auto-rule";

/**
 * The conditions of the automatic rules, free of the database so every branch is tested on its own. Each
 * rule checks all its conditions (the officer sees every one), completes when all hold, and otherwise refers
 * with the failed ones as the reason.
 */

/** Order 162 art. 24: renew within 90 days before expiry; an expired licence up to a year on. */
export const renewalWindowDays = 90;
export const renewalGraceDays = 365;
/** Order 162: from 60 a 身体条件证明 comes with each renewal. */
export const healthCertificateAge = 60;
/** The inspection label is applied for within the 90 days before the inspection falls due. */
export const labelWindowDays = 90;

export type LicenceFacts = {
  status: "valid" | "expired" | "suspended" | "revoked" | "cancelled";
  /** Null for a long-term licence. */
  validUntil: string | null;
};

export type VehicleFacts = {
  status: "normal" | "scrapped" | "transferred" | "seized" | "stolen";
  inspectionExempt: boolean;
  insuranceValidUntil: string | null;
  inspectionDue: string;
};

export type DogFacts = {
  status: "registered" | "cancelled" | "lost" | "dead";
  rabiesVaccinatedUntil: string;
  lastInspectedOn: string | null;
};

const check = (condition: string, passed: boolean): RuleCheck => ({ condition, passed });

/** All checks passed: the outcome is issued at once; otherwise the review step looks at the failed ones. */
export function fromChecks(checks: RuleCheck[]): AutoDecision {
  const failed = checks.filter((c) => !c.passed).map((c) => c.condition);
  if (failed.length === 0) return { decision: "complete", checks };
  return { decision: "refer", reason: `未满足：${failed.join("；")}。须人工审核。`, checks };
}

const held = "申请人持有本省核发的机动车驾驶证";
const notWithdrawn = "驾驶证未被暂扣、吊销或注销";
const noDriverFines = "驾驶人没有未处理的交通违法记录";

function withdrawn(licence: LicenceFacts | null): boolean {
  return !licence || licence.status === "suspended" || licence.status === "revoked" || licence.status === "cancelled";
}

/** Within validity: long-term, or not yet past the last day. */
function current(licence: LicenceFacts | null, today: string): boolean {
  return !!licence && licence.status === "valid" && (licence.validUntil === null || licence.validUntil >= today);
}

/** 驾驶证期满换证: within the renewal window, nothing outstanding, photo and (from 60) the health certificate. */
export function decideLicenceRenewal(p: {
  licence: LicenceFacts | null;
  today: string;
  unpaidFines: number;
  age: number | null;
  materials: ReadonlySet<string>;
}): AutoDecision {
  const days = p.licence?.validUntil ? daysUntil(p.licence.validUntil, p.today) : null;
  const checks = [
    check(held, !!p.licence),
    check(notWithdrawn, !withdrawn(p.licence)),
    check(
      "驾驶证在有效期满前90日内，或超过有效期不满1年",
      days !== null && days <= renewalWindowDays && days > -renewalGraceDays,
    ),
    check(noDriverFines, p.unpaidFines === 0),
    check("已上传本人近期证件照片", p.materials.has("photo")),
  ];
  if (p.age !== null && p.age >= healthCertificateAge) {
    checks.push(check("年满60周岁，已上传县级以上医疗机构出具的身体条件证明", p.materials.has("health")));
  }
  return fromChecks(checks);
}

/** 驾驶证补领: a current licence, not withdrawn, nothing outstanding. */
export function decideLicenceReissue(p: { licence: LicenceFacts | null; today: string; unpaidFines: number }) {
  return fromChecks([
    check(held, !!p.licence),
    check(notWithdrawn, !withdrawn(p.licence)),
    check("驾驶证在有效期内", current(p.licence, p.today)),
    check(noDriverFines, p.unpaidFines === 0),
  ]);
}

/** 电子驾驶证申领: a current licence. */
export function decideElectronicLicence(p: { licence: LicenceFacts | null; today: string }) {
  return fromChecks([
    check(held, !!p.licence),
    check(notWithdrawn, !withdrawn(p.licence)),
    check("驾驶证在有效期内", current(p.licence, p.today)),
  ]);
}

const owned = "所填号牌的机动车登记在申请人名下";
const vehicleNormal = "机动车状态正常（未查封、被盗抢、报废或转出）";
const noVehicleFines = "该车没有未处理的交通违法记录";

/** 补换领机动车行驶证 and 补领号牌: the applicant's own vehicle, in normal state, nothing outstanding. */
export function decideVehicleDocumentReissue(p: { vehicle: VehicleFacts | null; unpaidFines: number }) {
  return fromChecks([
    check(owned, !!p.vehicle),
    check(vehicleNormal, p.vehicle?.status === "normal"),
    check(noVehicleFines, p.unpaidFines === 0),
  ]);
}

/** 申领免检车辆检验标志: exempt, insured, nothing outstanding, and the inspection falling due soon. */
export function decideInspectionExemptionLabel(p: {
  vehicle: VehicleFacts | null;
  unpaidFines: number;
  today: string;
}) {
  const v = p.vehicle;
  const days = v ? daysUntil(v.inspectionDue, p.today) : null;
  return fromChecks([
    check(owned, !!v),
    check(vehicleNormal, v?.status === "normal"),
    check("属于6年以内免予上线检验的非营运小微型载客汽车", !!v?.inspectionExempt),
    check("机动车交强险在有效期内", !!v?.insuranceValidUntil && v.insuranceValidUntil >= p.today),
    check(noVehicleFines, p.unpaidFines === 0),
    check("在检验有效期满前90日内申领，且未逾期", days !== null && days >= 0 && days <= labelWindowDays),
  ]);
}

/** 机动车所有人联系方式变更: the applicant's vehicle, not deregistered, and a mainland mobile number. */
export function decideVehicleOwnerContact(p: { vehicle: VehicleFacts | null; phone: string }) {
  return fromChecks([
    check(owned, !!p.vehicle),
    check(vehicleNormal, p.vehicle?.status === "normal"),
    check("新联系电话为有效的手机号码", isMobile(p.phone)),
  ]);
}

export function isMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone.trim());
}

/** 出入境记录证明: the certificate prints the records, so there must be some. */
export function decideEntryExitRecord(p: { registered: boolean; crossings: number }) {
  return fromChecks([
    check("申请人在本省户籍登记中", p.registered),
    check("出入境管理部门有申请人的出入境记录", p.crossings > 0),
  ]);
}

/** 无犯罪记录证明: issued at once when the register holds nothing; a record goes to the station. */
export function decideNoCriminalRecord(p: { registered: boolean; records: number }): AutoDecision {
  const checks = [
    check("申请人在本省户籍登记中", p.registered),
    check("违法犯罪记录库中没有申请人的犯罪记录", p.records === 0),
  ];
  if (p.registered && p.records > 0) {
    return { decision: "refer", reason: "违法犯罪记录库中有申请人的记录，转派出所核查后出具意见。", checks };
  }
  return fromChecks(checks);
}

/** 犬只年检: the applicant's dog, registered, vaccinated, and not yet inspected this year. */
export function decideDogAnnualInspection(p: { dog: DogFacts | null; today: string }) {
  const d = p.dog;
  const year = p.today.slice(0, 4);
  return fromChecks([
    check("所填登记号的犬只登记在申请人名下", !!d),
    check("犬只登记状态正常", d?.status === "registered"),
    check("狂犬病免疫在有效期内", !!d && d.rabiesVaccinatedUntil >= p.today),
    check("本年度尚未年检", !!d && (d.lastInspectedOn === null || d.lastInspectedOn.slice(0, 4) < year)),
  ]);
}

/** 特种行业从业人员信息登记: a formal registration of who works where. */
export function decideSpecialTradeEmployee(p: {
  residentStatus: string | null;
  idNumberValid: boolean;
  employerName: string;
}) {
  return fromChecks([
    check("申请人户籍状态正常", p.residentStatus === "active"),
    check("公民身份号码有效", p.idNumberValid),
    check("已填写从业单位名称", p.employerName.trim().length >= 2),
  ]);
}

/** 备案: formal conditions only, every required answer and material present. */
export function decideFormalFiling(p: { missingFields: string[]; missingMaterials: string[] }) {
  return fromChecks([
    check(
      p.missingFields.length ? `必填项已填写（缺：${p.missingFields.join("、")}）` : "必填项已填写",
      p.missingFields.length === 0,
    ),
    check(
      p.missingMaterials.length ? `必需材料已上传（缺：${p.missingMaterials.join("、")}）` : "必需材料已上传",
      p.missingMaterials.length === 0,
    ),
  ]);
}
