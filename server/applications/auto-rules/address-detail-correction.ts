import "server-only";
import { decideAddressDetailCorrection } from "@/server/household/auto-review-rules";
import type { AutoRule } from "./auto-rule";
import { applicantHouseholdRecord } from "./applicant-household-record";

export const addressDetailCorrection: AutoRule = {
  key: "address_detail_correction",
  name: "户籍地址门牌更正",
  nameEn: "Correction of the house number in the registered address",
  conditions: ["更正项目为门牌号、楼栋号、单元号或室号", "户籍地址有可识别的街路巷", "更正后的地址与原地址不同"],
  async decide({ tx, applicant, values }) {
    if (values.item !== "address_detail") {
      return { decision: "refer", reason: "该登记项目的变更更正须核对证明材料，由派出所人工审核。" };
    }
    const record = await applicantHouseholdRecord(tx, applicant.residentId);
    if (!record) return { decision: "refer", reason: "未找到申请人的户籍登记，须派出所人工核实。" };
    return decideAddressDetailCorrection(record.address, String(values.newValue ?? ""));
  },
};
