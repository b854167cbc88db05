import "server-only";
import { decryptPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { validateIdNumber } from "@/server/population/id-number";
import type { AutoRule } from "./auto-rule";
import { applicantPerson } from "./register-reads";
import { decideSpecialTradeEmployee } from "./rule-decisions";

/** 特种行业从业人员信息登记. Form fields read: "employerName". */
export const specialTradeEmployee: AutoRule = {
  key: "special_trade_employee",
  name: "特种行业从业人员信息登记",
  nameEn: "Registration of a special-trade employee",
  conditions: ["申请人户籍状态正常", "公民身份号码有效", "已填写从业单位名称"],
  async decide({ tx, applicant, values, now }) {
    const person = await applicantPerson(tx, applicant.residentId);
    return decideSpecialTradeEmployee({
      residentStatus: person?.status ?? null,
      idNumberValid: !!person && validateIdNumber(decryptPii(person.idNumberEnc), chinaToday(now)).ok,
      employerName: typeof values.employerName === "string" ? values.employerName : "",
    });
  },
};
