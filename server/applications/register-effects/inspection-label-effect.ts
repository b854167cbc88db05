import "server-only";
import { eq } from "drizzle-orm";
import { vehicleEvents, vehicles } from "@/db/schema";
import { addYears } from "@/server/dates/add-years";
import { chinaToday } from "@/server/dates/china-today";
import { maskPlateNumber } from "@/server/traffic/plate-number";
import { decideInspectionExemptionLabel } from "../auto-rules/rule-decisions";
import { fact, lockApplicant, lockVehicle, registerChanged } from "./effect-registers";
import type { RegisterEffect } from "./register-effect";

/** Exempt small passenger cars are inspected, and so labelled, every two years in their first six. */
const exemptCycleYears = 2;

/**
 * 免检车辆检验标志: the inspection validity moves on one cycle and the label of the year it runs to is
 * issued (an electronic label; the paper one is posted on request). Fines are not re-checked here: one
 * recorded since submission is the driver's matter, not the label's.
 */
export const inspectionLabelEffect: RegisterEffect = {
  key: "inspection_label",
  async apply(tx, p) {
    const today = chinaToday(p.now);
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const vehicle = await lockVehicle(tx, holder.id, p.values.plateNumber, holder.name);
    if (decideInspectionExemptionLabel({ vehicle, unpaidFines: 0, today }).decision !== "complete") {
      return registerChanged(holder.name);
    }
    const inspectionDue = addYears(vehicle.inspectionDue, exemptCycleYears);
    const labelYear = Number(inspectionDue.slice(0, 4));
    await tx.update(vehicles).set({ inspectionDue, inspectionLabelYear: labelYear }).where(eq(vehicles.id, vehicle.id));
    await tx.insert(vehicleEvents).values({
      vehicleId: vehicle.id,
      kind: "inspection_label",
      applicationNumber: p.applicationNumber,
      detail: `${labelYear}`,
      issuedBy: p.handlingUnitId,
    });
    return {
      documentKind: "inspection_label",
      title: "机动车检验合格标志（免检）",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", "免检车辆申领检验标志"),
        fact("号牌号码", "Plate", maskPlateNumber(vehicle.plateNumber)),
        fact("车辆类型", "Vehicle type", vehicle.vehicleType),
        fact("标志年度", "Label year", `${labelYear}`),
        fact("检验有效期至", "Inspection valid until", inspectionDue),
        fact("交强险有效期至", "Compulsory insurance until", vehicle.insuranceValidUntil ?? ""),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
