import "server-only";
import { and, eq } from "drizzle-orm";
import { dogs } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { decideDogAnnualInspection } from "../auto-rules/rule-decisions";
import { fact, lockApplicant, registerChanged, text } from "./effect-registers";
import type { RegisterEffect } from "./register-effect";

/** 犬只年检: inspected today, the next inspection due by the end of next year. */
export const dogAnnualInspectionEffect: RegisterEffect = {
  key: "dog_annual_inspection",
  async apply(tx, p) {
    const today = chinaToday(p.now);
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const [dog] = await tx
      .select()
      .from(dogs)
      .where(
        and(eq(dogs.registrationNumber, text(p.values, "dogRegistrationNumber")), eq(dogs.ownerResidentId, holder.id)),
      )
      .for("update");
    if (!dog || decideDogAnnualInspection({ dog, today }).decision !== "complete") return registerChanged(holder.name);
    const inspectionDue = `${Number(today.slice(0, 4)) + 1}-12-31`;
    await tx.update(dogs).set({ lastInspectedOn: today, inspectionDue }).where(eq(dogs.id, dog.id));
    return {
      documentKind: "dog_inspection",
      title: "犬只年检合格证明",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", "犬只年检"),
        fact("犬只登记号", "Registration number", dog.registrationNumber),
        fact("犬名", "Name", dog.name),
        fact("品种", "Breed", dog.breed),
        fact("毛色", "Colour", dog.colour),
        fact("狂犬病免疫有效期至", "Rabies vaccination until", dog.rabiesVaccinatedUntil),
        fact("年检日期", "Inspected", today),
        fact("下次年检截止", "Next inspection due", inspectionDue),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
