import "server-only";
import { ageOn } from "@/server/dates/age-on";
import { chinaToday } from "@/server/dates/china-today";
import type { AutoRule } from "./auto-rule";
import { applicantLicence, applicantPerson, unpaidFinesOfDriver } from "./register-reads";
import { decideLicenceRenewal } from "./rule-decisions";

/**
 * 驾驶证期满换证. Form fields read: none (the licence is the applicant's own). Materials read: "photo",
 * and "health" (身体条件证明) when the applicant is 60 or over.
 */
export const licenceRenewal: AutoRule = {
  key: "licence_renewal",
  name: "驾驶证期满换证",
  nameEn: "Driving licence renewal on expiry",
  conditions: [
    "申请人持有本省核发的机动车驾驶证，未被暂扣、吊销或注销",
    "驾驶证在有效期满前90日内，或超过有效期不满1年",
    "驾驶人没有未处理的交通违法记录",
    "已上传本人近期证件照片",
    "年满60周岁的，已上传身体条件证明",
  ],
  async decide({ tx, applicant, materials, now }) {
    const today = chinaToday(now);
    const [person, licence] = await Promise.all([
      applicantPerson(tx, applicant.residentId),
      applicantLicence(tx, applicant.residentId),
    ]);
    const unpaidFines = applicant.residentId ? await unpaidFinesOfDriver(tx, applicant.residentId) : 0;
    return decideLicenceRenewal({
      licence,
      today,
      unpaidFines,
      age: person ? ageOn(person.birthDate, today) : null,
      materials,
    });
  },
};
