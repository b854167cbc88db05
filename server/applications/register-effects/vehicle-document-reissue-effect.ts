import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { services, vehicleEvents } from "@/db/schema";
import { maskPlateNumber } from "@/server/traffic/plate-number";
import type { EngineConfig } from "../engine-config";
import { fact, lockApplicant, lockVehicle, registerChanged, text } from "./effect-registers";
import type { RegisterEffect, RegisterEffectInput } from "./register-effect";

/**
 * Which paper is reissued: the service's automatic rule says it (补领号牌 or 补换领行驶证); a reviewed
 * service configured with this effect says it in its "reissueItem" answer ("plate" or "vehicle_licence").
 */
async function reissued(tx: Tx, p: RegisterEffectInput) {
  const [service] = await tx.select({ engine: services.engine }).from(services).where(eq(services.code, p.serviceCode));
  const decision = (service?.engine as EngineConfig | null | undefined)?.decision;
  const rule = decision?.kind === "auto" ? decision.rule : null;
  if (rule === "plate_reissue" || text(p.values, "reissueItem") === "plate") return "plate";
  if (rule === "vehicle_licence_reissue" || text(p.values, "reissueItem") === "vehicle_licence") return "licence";
  throw new Error(`service ${p.serviceCode} does not say which vehicle document it reissues`);
}

/** 补换领机动车行驶证 and 补领号牌: the vehicle's paper issued again, recorded against the vehicle. */
export const vehicleDocumentReissueEffect: RegisterEffect = {
  key: "vehicle_document_reissue",
  async apply(tx, p) {
    const item = await reissued(tx, p);
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const vehicle = await lockVehicle(tx, holder.id, p.values.plateNumber, holder.name);
    if (vehicle.status !== "normal") return registerChanged(holder.name);
    await tx.insert(vehicleEvents).values({
      vehicleId: vehicle.id,
      kind: item === "plate" ? "plate_reissue" : "licence_reissue",
      applicationNumber: p.applicationNumber,
      issuedBy: p.handlingUnitId,
    });
    return {
      documentKind: item === "plate" ? "vehicle_plate" : "vehicle_licence",
      title: item === "plate" ? "机动车号牌补领凭证" : "中华人民共和国机动车行驶证（补领）",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", item === "plate" ? "补领号牌" : "补换领行驶证"),
        fact("号牌号码", "Plate", maskPlateNumber(vehicle.plateNumber)),
        fact("车辆类型", "Vehicle type", vehicle.vehicleType),
        fact("品牌型号", "Make and model", vehicle.brand),
        fact("注册登记日期", "Registered", vehicle.registeredAt),
        fact("检验有效期至", "Inspection valid until", vehicle.inspectionDue),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
