import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { dogs } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import type { AutoRule } from "./auto-rule";
import { decideDogAnnualInspection } from "./rule-decisions";

/** 犬只年检. Form fields read: "dogRegistrationNumber" (the applicant's dog by its registration tag). */
export const dogAnnualInspection: AutoRule = {
  key: "dog_annual_inspection",
  name: "犬只年检",
  nameEn: "Annual dog inspection",
  conditions: ["所填登记号的犬只登记在申请人名下，登记状态正常", "狂犬病免疫在有效期内", "本年度尚未年检"],
  async decide({ tx, applicant, values, now }) {
    return decideDogAnnualInspection({
      dog: await applicantDog(tx, applicant.residentId, values.dogRegistrationNumber),
      today: chinaToday(now),
    });
  },
};

/** The applicant's dog with the tag given on the form; null when it is not theirs. */
export async function applicantDog(tx: Tx, residentId: string | null, tag: unknown) {
  if (!residentId || typeof tag !== "string" || !tag.trim()) return null;
  const [row] = await tx
    .select()
    .from(dogs)
    .where(and(eq(dogs.registrationNumber, tag.trim()), eq(dogs.ownerResidentId, residentId)));
  return row ?? null;
}
