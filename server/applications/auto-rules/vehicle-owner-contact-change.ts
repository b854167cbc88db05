import "server-only";
import type { AutoRule } from "./auto-rule";
import { applicantVehicle } from "./register-reads";
import { decideVehicleOwnerContact } from "./rule-decisions";

/**
 * 机动车所有人联系方式变更. Form fields read: "plateNumber" (the applicant's vehicle by its plate) and
 * "newPhone" (the mobile number to register).
 */
export const vehicleOwnerContactChange: AutoRule = {
  key: "vehicle_owner_contact_change",
  name: "机动车所有人联系方式变更",
  nameEn: "Change of the vehicle owner's contact phone",
  conditions: [
    "所填号牌的机动车登记在申请人名下",
    "机动车状态正常（未查封、被盗抢、报废或转出）",
    "新联系电话为有效的手机号码",
  ],
  async decide({ tx, applicant, values }) {
    const vehicle = await applicantVehicle(tx, applicant.residentId, values.plateNumber);
    return decideVehicleOwnerContact({ vehicle, phone: typeof values.newPhone === "string" ? values.newPhone : "" });
  },
};
