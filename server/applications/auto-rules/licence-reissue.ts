import "server-only";
import { chinaToday } from "@/server/dates/china-today";
import type { AutoRule } from "./auto-rule";
import { applicantLicence, unpaidFinesOfDriver } from "./register-reads";
import { decideLicenceReissue } from "./rule-decisions";

/** 驾驶证补领. Form fields read: none (the licence is the applicant's own). */
export const licenceReissue: AutoRule = {
  key: "licence_reissue",
  name: "驾驶证遗失、损毁补领",
  nameEn: "Driving licence reissue (lost or damaged)",
  conditions: [
    "申请人持有本省核发的机动车驾驶证，未被暂扣、吊销或注销",
    "驾驶证在有效期内",
    "驾驶人没有未处理的交通违法记录",
  ],
  async decide({ tx, applicant, now }) {
    const licence = await applicantLicence(tx, applicant.residentId);
    const unpaidFines = applicant.residentId ? await unpaidFinesOfDriver(tx, applicant.residentId) : 0;
    return decideLicenceReissue({ licence, today: chinaToday(now), unpaidFines });
  },
};
