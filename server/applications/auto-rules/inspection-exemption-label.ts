import "server-only";
import { chinaToday } from "@/server/dates/china-today";
import type { AutoRule } from "./auto-rule";
import { applicantVehicle, unpaidFinesOfVehicle } from "./register-reads";
import { decideInspectionExemptionLabel } from "./rule-decisions";

/** 申领免检车辆检验标志. Form fields read: "plateNumber" (the applicant's vehicle by its plate). */
export const inspectionExemptionLabel: AutoRule = {
  key: "inspection_exemption_label",
  name: "申领免检车辆检验标志",
  nameEn: "Inspection label for an inspection-exempt vehicle",
  conditions: [
    "所填号牌的机动车登记在申请人名下，状态正常",
    "属于6年以内免予上线检验的非营运小微型载客汽车",
    "机动车交强险在有效期内",
    "该车没有未处理的交通违法记录",
    "在检验有效期满前90日内申领，且未逾期",
  ],
  async decide({ tx, applicant, values, now }) {
    const vehicle = await applicantVehicle(tx, applicant.residentId, values.plateNumber);
    const unpaidFines = vehicle ? await unpaidFinesOfVehicle(tx, vehicle.id) : 0;
    return decideInspectionExemptionLabel({ vehicle, unpaidFines, today: chinaToday(now) });
  },
};
