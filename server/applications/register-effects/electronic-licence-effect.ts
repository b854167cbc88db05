import "server-only";
import { eq } from "drizzle-orm";
import { drivingLicenceEvents, drivingLicences } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { fact, lockApplicant, lockLicence, registerChanged, termLabel } from "./effect-registers";
import type { RegisterEffect } from "./register-effect";

/** 电子驾驶证申领: the electronic licence is issued (again, on a new phone) for the current licence. */
export const electronicLicenceEffect: RegisterEffect = {
  key: "electronic_licence",
  async apply(tx, p) {
    const today = chinaToday(p.now);
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const licence = await lockLicence(tx, holder.id, holder.name);
    if (licence.status !== "valid" || (licence.validUntil !== null && licence.validUntil < today)) {
      return registerChanged(holder.name);
    }
    await tx.update(drivingLicences).set({ electronicIssuedAt: p.now }).where(eq(drivingLicences.id, licence.id));
    await tx.insert(drivingLicenceEvents).values({
      licenceId: licence.id,
      kind: "electronic",
      applicationNumber: p.applicationNumber,
      previousValidUntil: licence.validUntil,
      validUntil: licence.validUntil,
      issuedBy: p.handlingUnitId,
    });
    return {
      documentKind: "electronic_driving_licence",
      title: "电子驾驶证申领凭证",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", "电子驾驶证申领"),
        fact("证号", "Licence number", holder.maskedIdNumber),
        fact("准驾车型", "Vehicle classes", licence.vehicleClasses),
        fact("有效期至", "Valid until", licence.validUntil ?? termLabel("long_term")),
        fact("记分", "Points", String(licence.points)),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
