import type { AutoDecision } from "@/server/applications/auto-rules/auto-rule";

/**
 * Rules of the automatically decided household services, kept free of the database so each can be tested
 * on its own. A rule answers with the decision and, when a person must look, the reason the station reads.
 */

/** Road-level words: an address up to the last of these names the street; what follows is the house. */
const roadMarker = /(大道|路|街|巷|胡同|道|村|社区|组)/g;
/** A house-number part: numbers and the words of building numbering, nothing that names a place. */
const houseDetail = /^[0-9０-９一二三四五六七八九十零〇A-Za-z\-－#号院栋幢楼单元层室户座期甲乙丙丁之附]+$/;

function normalise(address: string): string {
  return address.replace(/\s+/g, "").replace(/[（(].*?[)）]/g, "");
}

/** The street part of an address: everything up to and including its last road-level word. */
export function roadPart(address: string): string | null {
  const a = normalise(address);
  let end = -1;
  for (const m of a.matchAll(roadMarker)) end = (m.index ?? 0) + m[0].length;
  return end > 0 ? a.slice(0, end) : null;
}

/** The registered address with its house-number part replaced, or null when it has no street part. */
export function correctedAddress(current: string, newDetail: string): string | null {
  const road = roadPart(current);
  return road ? road + normalise(newDetail) : null;
}

/**
 * An address-detail correction (门牌号、楼栋号更正) can be made without a person: the citizen gives only
 * the house-number part, which comes from the housing authority's numbering, and the street stays the
 * one registered. Anything that names a place beyond numbering may move someone, so a person looks.
 */
export function decideAddressDetailCorrection(current: string, newDetail: string): AutoDecision {
  const detail = normalise(newDetail);
  const corrected = correctedAddress(current, detail);
  if (!corrected) {
    return { decision: "refer", reason: "户籍登记地址中没有可识别的街路巷，须派出所人工核对门牌。" };
  }
  if (!houseDetail.test(detail)) {
    return { decision: "refer", reason: "更正内容不仅限于门牌号、楼栋号、单元号或室号，须派出所人工审核。" };
  }
  if (corrected === normalise(current)) {
    return { decision: "refer", reason: "申请的门牌与户籍登记相同，请核实需更正的内容。" };
  }
  return { decision: "complete" };
}

/**
 * A lost or damaged 户口簿 is reissued at once when the register shows the applicant as an active member
 * of a family household: the book only prints what the register already says.
 */
export function decideHukouBookReissue(p: {
  residentStatus: string | null;
  householdType: string | null;
  openReissues: number;
}): AutoDecision {
  if (p.residentStatus !== "active") {
    return { decision: "refer", reason: "申请人户籍状态不是“正常”，须派出所人工核实。" };
  }
  if (p.householdType !== "family") {
    return { decision: "refer", reason: "集体户口不发居民户口簿，须派出所核实后办理集体户口相关证明。" };
  }
  if (p.openReissues > 0) {
    return { decision: "refer", reason: "该户已有一件户口簿补领正在办理，须派出所核实是否重复申请。" };
  }
  return { decision: "approve" };
}
