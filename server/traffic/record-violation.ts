import "server-only";
import { and, eq, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, orgUnits, residents, trafficViolations, users, vehicles } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { DomainError } from "@/server/errors";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { clipSmsParam } from "@/server/notify/templates";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";
import { checkPlateNumber, maskPlateNumber, type PlateType } from "./plate-number";
import { violationCode } from "./violation-codes";

/** The values points may take under the 2022 rules. */
export const allowedPoints = [0, 1, 3, 6, 9, 12] as const;

/** 《行政处罚法》第三十六条: an act not discovered within two years is no longer penalised. */
const maxAgeMs = 2 * 365 * 24 * 60 * 60 * 1000;
/** Room for an officer's phone clock running a little fast. */
const clockSkewMs = 5 * 60 * 1000;

export const recordViolationRoles = ["traffic_officer"] as const;

export type RecordViolationParams = {
  scope: Jurisdiction;
  officerId: string;
  plateNumber: string;
  plateType: PlateType;
  occurredAt: Date;
  place: string;
  actCode: string;
  /** The code's fine when omitted; else whole yuan within the code's legal range. */
  fineFen?: number;
  /** The code's points when omitted. */
  points?: number;
  /** An image the same officer uploaded (saveViolationPhoto) and no violation uses yet. */
  photoBlobId?: string | null;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

const plateProblemKey = {
  province: "traffic.plateProvince",
  authority: "traffic.plateAuthority",
  length: "traffic.plateLength",
  serial: "traffic.plateSerial",
} as const;

/**
 * A traffic officer records a violation of a vehicle registered in their jurisdiction: the act by its code,
 * the fine and points (the code's unless set within the law's range), and optionally the evidence photo.
 * The record is made by the officer's unit, starts unpaid, and is audited under the owner (whose register
 * data the officer handled); the owner, when they have an account, is texted as 12123 does. A vehicle
 * registered elsewhere is refused (and the attempt audited).
 */
export async function recordViolation(db: Db, p: RecordViolationParams): Promise<{ id: string; plateNumber: string }> {
  const now = p.now ?? new Date();
  const fields: Record<string, string> = {};
  const plate = checkPlateNumber(p.plateNumber, p.plateType);
  if (!plate.ok) fields.plateNumber = plateProblemKey[plate.problem];
  const code = violationCode(p.actCode);
  if (!code) fields.actCode = "traffic.codeUnknown";
  const fineFen = p.fineFen ?? code?.fineFen ?? 0;
  if (
    code &&
    (!Number.isSafeInteger(fineFen) || fineFen % 100 !== 0 || fineFen < code.minFineFen || fineFen > code.maxFineFen)
  ) {
    fields.fineFen = "traffic.fineRange";
  }
  const points = p.points ?? code?.points ?? 0;
  if (!(allowedPoints as readonly number[]).includes(points)) fields.points = "BAD_INPUT";
  if (p.occurredAt.getTime() > now.getTime() + clockSkewMs) fields.occurredAt = "traffic.occurredInFuture";
  else if (p.occurredAt.getTime() < now.getTime() - maxAgeMs) fields.occurredAt = "traffic.occurredTooOld";
  const place = p.place.trim();
  if (place.length < 2 || place.length > 100) fields.place = "BAD_INPUT";
  if (!plate.ok || !code || Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  const [vehicle] = await db
    .select({
      id: vehicles.id,
      path: orgUnits.path,
      ownerResidentId: vehicles.ownerResidentId,
      ownerIdHash: residents.idNumberHash,
    })
    .from(vehicles)
    .innerJoin(orgUnits, eq(orgUnits.id, vehicles.orgUnitId))
    .leftJoin(residents, eq(residents.id, vehicles.ownerResidentId))
    .where(and(eq(vehicles.plateNumber, plate.plate), eq(vehicles.plateType, p.plateType)));
  if (!vehicle) throw new DomainError("VEHICLE_NOT_REGISTERED", {}, { plateNumber: "VEHICLE_NOT_REGISTERED" });
  if (!inScope(p.scope, vehicle.path)) {
    await recordAudit(db, {
      actor: p.actor,
      action: "traffic.violation_recorded",
      targetType: "vehicle",
      targetId: vehicle.id,
      subjectIdHash: vehicle.ownerIdHash,
      outcome: "denied",
      details: { plate: maskPlateNumber(plate.plate), plateType: p.plateType, actCode: code.code },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    throw new DomainError("OUT_OF_JURISDICTION");
  }

  const recorded = await db.transaction(async (tx) => {
    if (p.photoBlobId) {
      const [photo] = await tx
        .select({ id: blobs.id })
        .from(blobs)
        .where(
          and(
            eq(blobs.id, p.photoBlobId),
            eq(blobs.purpose, "violation_photo"),
            eq(blobs.ownerId, p.officerId),
            notExists(
              tx
                .select({ one: sql`1` })
                .from(trafficViolations)
                .where(eq(trafficViolations.photoBlobId, blobs.id)),
            ),
          ),
        )
        .for("update", { of: blobs });
      if (!photo) throw new DomainError("BAD_INPUT", {}, { photo: "traffic.photoUnknown" });
    }

    const [row] = await tx
      .insert(trafficViolations)
      .values({
        vehicleId: vehicle.id,
        plateNumber: plate.plate,
        plateType: p.plateType,
        occurredAt: p.occurredAt,
        place,
        orgUnitId: p.scope.unitId,
        orgPath: p.scope.path,
        actCode: code.code,
        actDescription: code.description,
        legalBasis: code.legalBasis,
        fineFen,
        points,
        status: "unpaid",
        photoBlobId: p.photoBlobId ?? null,
        recordedBy: p.officerId,
      })
      .returning({ id: trafficViolations.id });
    if (!row) throw new Error("recordViolation: no row returned");
    await recordAudit(tx, {
      actor: p.actor,
      action: "traffic.violation_recorded",
      targetType: "traffic_violation",
      targetId: row.id,
      subjectIdHash: vehicle.ownerIdHash,
      details: {
        plate: maskPlateNumber(plate.plate),
        plateType: p.plateType,
        actCode: code.code,
        fineFen,
        points,
        photo: !!p.photoBlobId,
      },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    const [owner] = vehicle.ownerResidentId
      ? await tx
          .select({ phoneEnc: users.phoneEnc })
          .from(users)
          .where(eq(users.residentId, vehicle.ownerResidentId))
          .limit(1)
      : [];
    if (owner?.phoneEnc) {
      await queueSms(tx, {
        idempotencyKey: `violation-recorded:${row.id}`,
        phone: decryptPii(owner.phoneEnc),
        template: "violation_recorded",
        params: {
          plate: plate.plate,
          time: chinaDateTime(p.occurredAt).slice(0, 16),
          place: clipSmsParam(place),
          act: clipSmsParam(code.name),
          fine: fenToYuan(fineFen, { short: true }),
          points: String(points),
        },
      });
    }
    return { id: row.id, plateNumber: plate.plate, texted: !!owner?.phoneEnc };
  });
  if (recorded.texted) await kickSmsDispatch();
  return { id: recorded.id, plateNumber: recorded.plateNumber };
}
