import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { trafficViolations, vehicles } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import { checkPlateNumber, maskPlateNumber, type PlateType } from "./plate-number";
import { type ViolationView, violationView } from "./violation-view";
import { normaliseVinTail, vinTailMatches } from "./vin-tail";

/** A person checking their own car, with typos, stays well inside these; walking VIN tails does not. */
export const lookupRules = {
  perIp: { limit: 20, windowSeconds: 600 },
  perPlate: { limit: 10, windowSeconds: 3600 },
} as const;

export type VehicleViolations = {
  plateNumber: string;
  plateType: string;
  violations: ViolationView[];
};

const plateProblemKey = {
  province: "traffic.plateProvince",
  authority: "traffic.plateAuthority",
  length: "traffic.plateLength",
  serial: "traffic.plateSerial",
} as const;

/**
 * The public look-up (交通违法查询): anyone holding the vehicle licence can see one vehicle's violations by
 * plate, plate type and the VIN's last 6 characters. A wrong plate and a wrong VIN get the same answer,
 * so the look-up cannot be used to learn which plates exist; nothing about the owner is returned. Counted
 * per IP and per plate, and audited either way.
 */
export async function lookupViolations(
  db: Db,
  params: {
    plateNumber: string;
    plateType: PlateType;
    vinTail: string;
    ip: string | null;
    userId?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<VehicleViolations> {
  const now = params.now ?? new Date();
  const ipLimit = await rateLimit(
    db,
    { key: `traffic-lookup:ip:${params.ip ?? "unknown"}`, ...lookupRules.perIp },
    now,
  );
  if (!ipLimit.allowed) throw new DomainError("RATE_LIMITED", { seconds: ipLimit.retryAfterSeconds });

  const plate = checkPlateNumber(params.plateNumber, params.plateType);
  const fields: Record<string, string> = {};
  if (!plate.ok) fields.plateNumber = plateProblemKey[plate.problem];
  if (!normaliseVinTail(params.vinTail)) fields.vinTail = "traffic.vinTail";
  if (!plate.ok || Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  const plateLimit = await rateLimit(db, { key: `traffic-lookup:plate:${plate.plate}`, ...lookupRules.perPlate }, now);
  if (!plateLimit.allowed) throw new DomainError("RATE_LIMITED", { seconds: plateLimit.retryAfterSeconds });

  const [vehicle] = await db
    .select({ id: vehicles.id, vin: vehicles.vin })
    .from(vehicles)
    .where(and(eq(vehicles.plateNumber, plate.plate), eq(vehicles.plateType, params.plateType)));
  const matched = !!vehicle && vinTailMatches(vehicle.vin, params.vinTail);
  await recordAudit(db, {
    actor: { id: params.userId ?? null },
    action: "traffic.lookup",
    targetType: "vehicle",
    targetId: matched ? vehicle.id : undefined,
    outcome: matched ? "ok" : "denied",
    details: { plate: maskPlateNumber(plate.plate), plateType: params.plateType },
    ip: params.ip,
    correlationId: params.correlationId,
  });
  if (!matched) throw new DomainError("VEHICLE_NOT_MATCHED");

  const rows = await db
    .select()
    .from(trafficViolations)
    .where(eq(trafficViolations.vehicleId, vehicle.id))
    .orderBy(desc(trafficViolations.occurredAt));
  return { plateNumber: plate.plate, plateType: params.plateType, violations: rows.map((r) => violationView(r, now)) };
}
