import "server-only";
import { drivingLicenceEvents } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { fact, lockApplicant, lockLicence, maskArchiveNumber, registerChanged, termLabel } from "./effect-registers";
import type { RegisterEffect } from "./register-effect";

/** 驾驶证补领: the same licence printed again, its term unchanged; the reissue is recorded. */
export const licenceReissueEffect: RegisterEffect = {
  key: "licence_reissue",
  async apply(tx, p) {
    const today = chinaToday(p.now);
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const licence = await lockLicence(tx, holder.id, holder.name);
    if (licence.status !== "valid" || (licence.validUntil !== null && licence.validUntil < today)) {
      return registerChanged(holder.name);
    }
    await tx.insert(drivingLicenceEvents).values({
      licenceId: licence.id,
      kind: "reissue",
      applicationNumber: p.applicationNumber,
      previousValidUntil: licence.validUntil,
      validUntil: licence.validUntil,
      issuedBy: p.handlingUnitId,
    });
    return {
      documentKind: "driving_licence",
      title: "中华人民共和国机动车驾驶证（补领）",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", "遗失、损毁补领"),
        fact("证号", "Licence number", holder.maskedIdNumber),
        fact("档案编号", "Archive number", maskArchiveNumber(licence.archiveNumber)),
        fact("准驾车型", "Vehicle classes", licence.vehicleClasses),
        fact("有效期起始日期", "Valid from", licence.validFrom),
        fact(
          "有效期限",
          "Validity",
          licence.validUntil ? `${termLabel(licence.term)}（至 ${licence.validUntil}）` : termLabel(licence.term),
        ),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
