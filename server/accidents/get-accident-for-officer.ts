import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { drivingLicences, residents, vehicles } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskName } from "@/server/crypto/mask";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { type AccidentView, accidentView, partiesOf } from "./accident-view";
import { loadAccidentForActor } from "./load-accident-for-actor";

export type RegisterCheck = {
  partyId: string;
  vehicles: {
    brand: string;
    colour: string;
    vehicleType: string;
    status: string;
    inspectionDue: string;
    ownerName: string | null;
    ownerIsDriver: boolean;
  }[];
  /** validUntil null: a long-term licence. */
  licence: { status: string; vehicleClasses: string; validUntil: string | null; points: number } | null;
};

/**
 * A traffic officer opens an accident of their jurisdiction: everything the parties sent, and what the
 * registers say about each driver's licence and each plate (names masked). Every opening is audited
 * against each party, since it reads their register entries.
 */
export async function getAccidentForOfficer(
  db: Db,
  p: { scope: Jurisdiction; accidentId: string; actor: AuditActor; ip?: string | null; correlationId?: string | null },
): Promise<AccidentView & { register: RegisterCheck[] }> {
  const accident = await loadAccidentForActor(db, { ...p, action: "accident.viewed" });
  const parties = await partiesOf(db, accident.id);
  const register: RegisterCheck[] = [];
  for (const party of parties) {
    const cars = await db
      .select({
        brand: vehicles.brand,
        colour: vehicles.colour,
        vehicleType: vehicles.vehicleType,
        status: vehicles.status,
        inspectionDue: vehicles.inspectionDue,
        ownerName: residents.name,
        ownerIdHash: residents.idNumberHash,
      })
      .from(vehicles)
      .leftJoin(residents, eq(residents.id, vehicles.ownerResidentId))
      .where(eq(vehicles.plateNumber, party.plateNumber));
    const [licence] = await db
      .select({
        status: drivingLicences.status,
        vehicleClasses: drivingLicences.vehicleClasses,
        validUntil: drivingLicences.validUntil,
        points: drivingLicences.points,
      })
      .from(drivingLicences)
      .innerJoin(residents, eq(residents.id, drivingLicences.residentId))
      .where(eq(residents.idNumberHash, party.licenceNumberHash));
    register.push({
      partyId: party.id,
      vehicles: cars.map(({ ownerIdHash, ownerName, ...car }) => ({
        ...car,
        ownerName: ownerName ? maskName(ownerName) : null,
        ownerIsDriver: ownerIdHash === party.licenceNumberHash,
      })),
      licence: licence ?? null,
    });
    await recordAudit(db, {
      actor: p.actor,
      action: "accident.viewed",
      targetType: "accident",
      targetId: accident.id,
      subjectIdHash: party.licenceNumberHash,
      details: { position: party.position },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  }
  return { ...(await accidentView(db, accident, parties)), register };
}
