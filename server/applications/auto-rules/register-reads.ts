import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { drivingLicences, residents, trafficViolations, vehicles } from "@/db/schema";
import { checkPlateNumber, plateTypes } from "@/server/traffic/plate-number";

/**
 * The register reads the automatic rules share, each one indexed query: a decision must answer within a
 * second of submission under load. Everything is read by the applicant, never by an ID the form supplies.
 */

/** The applicant's register entry: status and birth date for age, and the number's hash for the other registers. */
export async function applicantPerson(tx: Tx, residentId: string | null) {
  if (!residentId) return null;
  const [row] = await tx
    .select({
      name: residents.name,
      status: residents.status,
      birthDate: residents.birthDate,
      idNumberHash: residents.idNumberHash,
      idNumberEnc: residents.idNumberEnc,
    })
    .from(residents)
    .where(eq(residents.id, residentId));
  return row ?? null;
}

/** The applicant's driving licence (one per person). */
export async function applicantLicence(tx: Tx, residentId: string | null) {
  if (!residentId) return null;
  const [row] = await tx.select().from(drivingLicences).where(eq(drivingLicences.residentId, residentId));
  return row ?? null;
}

/** Unpaid fines the register assigns to the person as driver (Order 162: settled before a licence is issued). */
export async function unpaidFinesOfDriver(tx: Tx, residentId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(trafficViolations)
    .where(and(eq(trafficViolations.licenceResidentId, residentId), eq(trafficViolations.status, "unpaid")));
  return row?.n ?? 0;
}

/** Unpaid fines recorded against a vehicle (settled before its papers are issued). */
export async function unpaidFinesOfVehicle(tx: Tx, vehicleId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(trafficViolations)
    .where(and(eq(trafficViolations.vehicleId, vehicleId), eq(trafficViolations.status, "unpaid")));
  return row?.n ?? 0;
}

/** The plate as the register writes it (豫A12345), or null when it is no plate of any type. */
export function normalisePlate(input: unknown): string | null {
  if (typeof input !== "string") return null;
  for (const type of plateTypes) {
    const c = checkPlateNumber(input, type);
    if (c.ok) return c.plate;
  }
  return null;
}

/** The applicant's vehicle with the plate given on the form; null when it is not theirs. */
export async function applicantVehicle(tx: Tx, residentId: string | null, plateInput: unknown) {
  const plate = normalisePlate(plateInput);
  if (!residentId || !plate) return null;
  const rows = await tx
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.ownerResidentId, residentId), eq(vehicles.plateNumber, plate)));
  // Two of the owner's vehicles under one plate number (of different plate types) cannot be told apart here.
  return rows.length === 1 ? rows[0]! : null;
}
