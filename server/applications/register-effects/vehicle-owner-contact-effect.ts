import "server-only";
import { eq } from "drizzle-orm";
import { vehicleEvents, vehicles } from "@/db/schema";
import { maskPhone } from "@/server/crypto/mask";
import { encryptPii } from "@/server/crypto/pii";
import { maskPlateNumber } from "@/server/traffic/plate-number";
import { isMobile } from "../auto-rules/rule-decisions";
import { fact, lockApplicant, lockVehicle, registerChanged, text } from "./effect-registers";
import type { RegisterEffect } from "./register-effect";

/** 机动车所有人联系方式变更: the owner's phone on the vehicle record, encrypted; the event keeps no number. */
export const vehicleOwnerContactEffect: RegisterEffect = {
  key: "vehicle_owner_contact",
  async apply(tx, p) {
    const phone = text(p.values, "newPhone");
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const vehicle = await lockVehicle(tx, holder.id, p.values.plateNumber, holder.name);
    if (vehicle.status !== "normal" || !isMobile(phone)) return registerChanged(holder.name);
    await tx
      .update(vehicles)
      .set({ ownerPhoneEnc: encryptPii(phone) })
      .where(eq(vehicles.id, vehicle.id));
    await tx.insert(vehicleEvents).values({
      vehicleId: vehicle.id,
      kind: "owner_contact",
      applicationNumber: p.applicationNumber,
      issuedBy: p.handlingUnitId,
    });
    return {
      documentKind: "vehicle_owner_contact",
      title: "机动车所有人联系方式变更回执",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", "机动车所有人联系方式变更"),
        fact("号牌号码", "Plate", maskPlateNumber(vehicle.plateNumber)),
        fact("车辆类型", "Vehicle type", vehicle.vehicleType),
        fact("联系电话", "Contact phone", maskPhone(phone)),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
