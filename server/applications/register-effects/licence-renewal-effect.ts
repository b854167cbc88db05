import "server-only";
import { drivingLicenceEvents, drivingLicences, type LicenceTerm } from "@/db/schema";
import { eq } from "drizzle-orm";
import { ageOn } from "@/server/dates/age-on";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";
import { healthCertificateAge, renewalGraceDays, renewalWindowDays } from "../auto-rules/rule-decisions";
import { addYears } from "@/server/dates/add-years";
import { fact, lockApplicant, lockLicence, maskArchiveNumber, registerChanged, termLabel } from "./effect-registers";
import type { RegisterEffect } from "./register-effect";

/**
 * The validity that follows a term (Order 162 art. 25): a first six-year licence is renewed for ten years,
 * a ten-year one becomes long-term. (The regulation also asks for no full 12 points in any cycle of the ten
 * years; the register keeps only the current cycle, and a full cycle ends in revocation anyway.)
 */
export function nextTerm(term: LicenceTerm): LicenceTerm {
  return term === "six_years" ? "ten_years" : "long_term";
}

/**
 * 驾驶证期满换证: the new term runs from the old expiry date when renewed before it, from today when
 * renewed after; a holder of 60 or over has brought the health certificate, accepted today. Fines are not
 * re-checked: one recorded since submission is for the driver to settle, the renewal was earned.
 */
export const licenceRenewalEffect: RegisterEffect = {
  key: "licence_renewal",
  async apply(tx, p) {
    const today = chinaToday(p.now);
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const licence = await lockLicence(tx, holder.id, holder.name);
    const days = licence.validUntil === null ? null : daysUntil(licence.validUntil, today);
    const renewable =
      (licence.status === "valid" || licence.status === "expired") &&
      days !== null &&
      days <= renewalWindowDays &&
      days > -renewalGraceDays;
    if (!renewable || licence.validUntil === null) return registerChanged(holder.name);

    const term = nextTerm(licence.term);
    const validFrom = licence.validUntil > today ? licence.validUntil : today;
    const validUntil = term === "long_term" ? null : addYears(validFrom, 10);
    const healthCertifiedOn =
      ageOn(holder.birthDate, today) >= healthCertificateAge ? today : licence.healthCertifiedOn;
    await tx
      .update(drivingLicences)
      .set({ term, validFrom, validUntil, status: "valid", healthCertifiedOn })
      .where(eq(drivingLicences.id, licence.id));
    await tx.insert(drivingLicenceEvents).values({
      licenceId: licence.id,
      kind: "renewal",
      applicationNumber: p.applicationNumber,
      previousValidUntil: licence.validUntil,
      validUntil,
      issuedBy: p.handlingUnitId,
    });
    return {
      documentKind: "driving_licence",
      title: "中华人民共和国机动车驾驶证（期满换证）",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", "期满换证"),
        fact("证号", "Licence number", holder.maskedIdNumber),
        fact("档案编号", "Archive number", maskArchiveNumber(licence.archiveNumber)),
        fact("准驾车型", "Vehicle classes", licence.vehicleClasses),
        fact("初次领证日期", "First issued", licence.firstIssued),
        fact("有效期起始日期", "Valid from", validFrom),
        fact("有效期限", "Validity", validUntil ? `${termLabel(term)}（至 ${validUntil}）` : termLabel(term)),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
