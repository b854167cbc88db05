import "server-only";
import { chinaToday } from "@/server/dates/china-today";
import type { AutoRule } from "./auto-rule";
import { applicantLicence } from "./register-reads";
import { decideElectronicLicence } from "./rule-decisions";

/** 电子驾驶证申领. Form fields read: none (the licence is the applicant's own). */
export const electronicLicence: AutoRule = {
  key: "electronic_licence",
  name: "电子驾驶证申领",
  nameEn: "Electronic driving licence",
  conditions: ["申请人持有本省核发的机动车驾驶证，未被暂扣、吊销或注销", "驾驶证在有效期内"],
  async decide({ tx, applicant, now }) {
    return decideElectronicLicence({
      licence: await applicantLicence(tx, applicant.residentId),
      today: chinaToday(now),
    });
  },
};
