import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type DocumentFact, drivingLicences, residents, vehicles } from "@/db/schema";
import { maskIdNumber } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { normalisePlate } from "../auto-rules/register-reads";

/**
 * Locked register reads the effects share. Every effect re-checks on the locked rows what its rule
 * checked at submission: the register may have moved since (a licence suspended, a car sold), and then
 * it throws REGISTER_CHANGED and writes nothing.
 */

export function fact(label: string, labelEn: string, value: string): DocumentFact {
  return { label, labelEn, value };
}

export function registerChanged(name: string): never {
  throw new DomainError("REGISTER_CHANGED", { name });
}

/** The applicant as the document names them: register name and masked ID number. */
export async function lockApplicant(tx: Tx, residentId: string | null) {
  if (!residentId) throw new DomainError("NOT_IN_REGISTER");
  const [row] = await tx
    .select({
      id: residents.id,
      name: residents.name,
      status: residents.status,
      birthDate: residents.birthDate,
      idNumberEnc: residents.idNumberEnc,
    })
    .from(residents)
    .where(eq(residents.id, residentId))
    .for("update");
  if (!row) throw new DomainError("NOT_IN_REGISTER");
  return { ...row, maskedIdNumber: maskIdNumber(decryptPii(row.idNumberEnc)) };
}

export async function lockLicence(tx: Tx, residentId: string, holderName: string) {
  const [row] = await tx.select().from(drivingLicences).where(eq(drivingLicences.residentId, residentId)).for("update");
  return row ?? registerChanged(holderName);
}

export async function lockVehicle(tx: Tx, residentId: string, plateInput: unknown, holderName: string) {
  const plate = normalisePlate(plateInput);
  if (!plate) return registerChanged(holderName);
  const rows = await tx
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.ownerResidentId, residentId), eq(vehicles.plateNumber, plate)))
    .for("update");
  return rows.length === 1 ? rows[0]! : registerChanged(holderName);
}

/** 4101001234567 → 4101*****4567: the archive number identifies the licence, so the public page shows its ends. */
export function maskArchiveNumber(archive: string): string {
  return archive.length <= 8
    ? "*".repeat(archive.length)
    : archive.slice(0, 4) + "*".repeat(archive.length - 8) + archive.slice(-4);
}

const termLabels = { six_years: "六年", ten_years: "十年", long_term: "长期" } as const;

export function termLabel(term: keyof typeof termLabels): string {
  return termLabels[term];
}

export function text(values: Record<string, unknown>, key: string): string {
  const v = values[key];
  return typeof v === "string" ? v.trim() : "";
}
