import { addDays } from "@/server/dates/add-days";
import { demoAccount } from "./demo-accounts";

export type SeedExamResult = {
  idNumber: string;
  licenceClass: string;
  subject: "theory" | "site" | "road" | "safety";
  examDate: string;
  venue: string;
  score: number;
  passed: boolean;
  attempt: number;
};

export type SeedSeizure = {
  idNumber: string;
  itemKind: "vehicle" | "driving_licence" | "vehicle_licence" | "plate";
  plateNumber: string | null;
  reason: string;
  seizedOn: string;
  /** Org unit code of the traffic unit holding it. */
  heldByCode: string;
  collectAt: string;
  status: "held" | "released";
  releasedOn: string | null;
  releaseConditions: string;
};

/** 郑州市公安局交通警察支队车辆管理所 (city code + "9" + the vehicle_admin digit). */
const zhengzhouVehicleAdmin = "41010091";
const collectAt = "郑州市公安局交通警察支队车辆管理所业务大厅（金水区黄河路110号）";

/**
 * The spare demo citizen's driving tests and seizures, dated from the seed day: an upgrade to B2 with 科目一
 * passed, 科目二 failed once then passed and 科目三 still to come; one 行驶证 held and one licence given back.
 * The demo citizen has none, so the empty answers can be shown on his account.
 */
export function buildExamSeizureRegisters(today: string): { exams: SeedExamResult[]; seizures: SeedSeizure[] } {
  const idNumber = demoAccount("spareCitizen").idNumber;
  if (!idNumber) throw new Error("the spare citizen has no ID number");
  const exam = (subject: SeedExamResult["subject"], daysAgo: number, score: number, attempt: number) => ({
    idNumber,
    licenceClass: "B2",
    subject,
    examDate: addDays(today, -daysAgo),
    venue: subject === "theory" ? "郑州市机动车驾驶人考试中心（科目一考场）" : "郑州市东三环驾驶人考试场",
    score,
    passed: score >= (subject === "theory" ? 90 : 80),
    attempt,
  });
  return {
    exams: [exam("theory", 60, 96, 1), exam("site", 21, 72, 1), exam("site", 20, 88, 2)],
    seizures: [
      {
        idNumber,
        itemKind: "vehicle_licence",
        plateNumber: "豫A5N2K8",
        reason: "机动车未按规定检验上道路行驶（《道路交通安全法》第九十五条）",
        seizedOn: addDays(today, -5),
        heldByCode: zhengzhouVehicleAdmin,
        collectAt,
        status: "held",
        releasedOn: null,
        releaseConditions: "身份证、检验合格证明；须先处理交通违法并缴清罚款",
      },
      {
        idNumber,
        itemKind: "driving_licence",
        plateNumber: null,
        reason: "驾驶时未随车携带驾驶证（《道路交通安全法》第九十五条）",
        seizedOn: addDays(today, -200),
        heldByCode: zhengzhouVehicleAdmin,
        collectAt,
        status: "released",
        releasedOn: addDays(today, -198),
        releaseConditions: "身份证",
      },
    ],
  };
}
