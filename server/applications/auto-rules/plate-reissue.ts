import "server-only";
import type { AutoRule } from "./auto-rule";
import { applicantVehicle, unpaidFinesOfVehicle } from "./register-reads";
import { decideVehicleDocumentReissue } from "./rule-decisions";

/** 补领机动车号牌. Form fields read: "plateNumber" (the applicant's vehicle by its plate). */
export const plateReissue: AutoRule = {
  key: "plate_reissue",
  name: "补领机动车号牌",
  nameEn: "Number plate reissue",
  conditions: [
    "所填号牌的机动车登记在申请人名下",
    "机动车状态正常（未查封、被盗抢、报废或转出）",
    "该车没有未处理的交通违法记录",
  ],
  async decide({ tx, applicant, values }) {
    const vehicle = await applicantVehicle(tx, applicant.residentId, values.plateNumber);
    const unpaidFines = vehicle ? await unpaidFinesOfVehicle(tx, vehicle.id) : 0;
    return decideVehicleDocumentReissue({ vehicle, unpaidFines });
  },
};
