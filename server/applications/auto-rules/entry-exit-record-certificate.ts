import "server-only";
import { count, eq } from "drizzle-orm";
import { borderCrossings } from "@/db/schema";
import type { AutoRule } from "./auto-rule";
import { applicantPerson } from "./register-reads";
import { decideEntryExitRecord } from "./rule-decisions";

/** 出入境记录证明出具. Form fields read: none (the records are the applicant's own, by their ID number). */
export const entryExitRecordCertificate: AutoRule = {
  key: "entry_exit_record_certificate",
  name: "出入境记录证明出具",
  nameEn: "Certificate of exit and entry records",
  conditions: ["申请人在本省户籍登记中", "出入境管理部门有申请人的出入境记录"],
  async decide({ tx, applicant }) {
    const person = await applicantPerson(tx, applicant.residentId);
    const [row] = person
      ? await tx
          .select({ n: count() })
          .from(borderCrossings)
          .where(eq(borderCrossings.idNumberHash, person.idNumberHash))
      : [];
    return decideEntryExitRecord({ registered: !!person, crossings: row?.n ?? 0 });
  },
};
