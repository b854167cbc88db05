import "server-only";
import { and, eq, ne, notInArray } from "drizzle-orm";
import { applications, residents, users } from "@/db/schema";
import { terminalStates } from "@/server/applications/application-transitions";
import { decideHukouBookReissue } from "@/server/household/auto-review-rules";
import type { AutoRule } from "./auto-rule";
import { applicantHouseholdRecord } from "./applicant-household-record";

export const hukouBookReissue: AutoRule = {
  key: "hukou_book_reissue",
  name: "户口簿补领",
  nameEn: "Household booklet reissue",
  conditions: ["申请人户籍状态正常", "申请人为家庭户成员", "同户没有正在办理的补领"],
  async decide({ tx, applicant, serviceId, applicationId }) {
    const record = await applicantHouseholdRecord(tx, applicant.residentId);
    const sameHousehold = record
      ? await tx
          .select({ id: applications.id })
          .from(applications)
          .innerJoin(users, eq(users.id, applications.applicantId))
          .innerJoin(residents, eq(residents.id, users.residentId))
          .where(
            and(
              eq(applications.serviceId, serviceId),
              ne(applications.id, applicationId),
              notInArray(applications.state, ["draft", ...terminalStates]),
              eq(residents.householdId, record.householdId),
            ),
          )
      : [];
    return decideHukouBookReissue({
      residentStatus: record?.status ?? null,
      householdType: record?.householdType ?? null,
      openReissues: sameHousehold.length,
    });
  },
};
