import "server-only";
import type { AutoRule } from "./auto-rule";
import { applicantVehicle, unpaidFinesOfVehicle } from "./register-reads";
import { decideVehicleDocumentReissue } from "./rule-decisions";

/** 补换领机动车行驶证. Form fields read: "plateNumber" (the applicant's vehicle by its plate). */
export const vehicleLicenceReissue: AutoRule = {
  key: "vehicle_licence_reissue",
  name: "补换领机动车行驶证",
  nameEn: "Vehicle registration certificate (行驶证) reissue",
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
