import "server-only";
import { count, eq } from "drizzle-orm";
import { criminalRecords } from "@/db/schema";
import type { AutoRule } from "./auto-rule";
import { applicantPerson } from "./register-reads";
import { decideNoCriminalRecord } from "./rule-decisions";

/** 无犯罪记录证明开具. Form fields read: none (the applicant's own record, by their ID number). */
export const noCriminalRecordCertificate: AutoRule = {
  key: "no_criminal_record_certificate",
  name: "无犯罪记录证明开具",
  nameEn: "Certificate of no criminal record",
  conditions: ["申请人在本省户籍登记中", "违法犯罪记录库中没有申请人的犯罪记录（有记录的转派出所核查）"],
  async decide({ tx, applicant }) {
    const person = await applicantPerson(tx, applicant.residentId);
    const [row] = person
      ? await tx
          .select({ n: count() })
          .from(criminalRecords)
          .where(eq(criminalRecords.idNumberHash, person.idNumberHash))
      : [];
    return decideNoCriminalRecord({ registered: !!person, records: row?.n ?? 0 });
  },
};
