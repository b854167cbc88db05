import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { drivingLicences, insurers, residents, users } from "@/db/schema";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import { validateIdNumber } from "@/server/population/id-number";
import { checkPlateNumber, plateTypes } from "@/server/traffic/plate-number";

/** What each party states about themselves: licence number (= ID number), plate, insurer, phone. */
export type PartyDetails = { licenceNumber: string; plateNumber: string; insurerCode: string; phone: string };

/**
 * Checks a party's details and turns them into stored values (licence number encrypted with its keyed
 * hash, phone encrypted). Each driver reports from their own real-name account, so the licence number
 * must be that account's ID number, and the licence register must hold a valid, unexpired licence for it:
 * an unlicensed driver cannot settle online. A plate of any type is accepted: small, large and new-energy
 * plates differ in length.
 */
export async function partyValues(db: Db, d: PartyDetails, driver: { userId: string; now?: Date }) {
  const fields: Record<string, string> = {};
  const licence = d.licenceNumber.trim().toUpperCase();
  const licenceHash = hashPii("id", licence);
  if (!validateIdNumber(licence).ok) fields.licenceNumber = "accident.licenceNumber";
  else {
    const [account] = await db
      .select({ idNumberHash: users.idNumberHash })
      .from(users)
      .where(eq(users.id, driver.userId));
    if (!account?.idNumberHash || account.idNumberHash !== licenceHash)
      fields.licenceNumber = "accident.licenceNotYours";
    else {
      const [held] = await db
        .select({ status: drivingLicences.status, validUntil: drivingLicences.validUntil })
        .from(drivingLicences)
        .innerJoin(residents, eq(residents.id, drivingLicences.residentId))
        .where(eq(residents.idNumberHash, licenceHash));
      if (!held || held.status !== "valid" || (held.validUntil !== null && held.validUntil < chinaToday(driver.now)))
        fields.licenceNumber = "accident.licenceNotValid";
    }
  }
  const plate = plateTypes.map((type) => checkPlateNumber(d.plateNumber, type)).find((c) => c.ok);
  if (!plate?.ok) fields.plateNumber = "accident.plate";
  const phone = d.phone.trim();
  if (!phoneNumberPattern.test(phone)) fields.phone = "accident.phone";
  const [insurer] = await db.select({ id: insurers.id }).from(insurers).where(eq(insurers.code, d.insurerCode));
  if (!insurer) fields.insurerCode = "accident.insurer";
  if (!plate?.ok || !insurer || Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);
  return {
    licenceNumberEnc: encryptPii(licence),
    licenceNumberHash: licenceHash,
    plateNumber: plate.plate,
    insurerId: insurer.id,
    phoneEnc: encryptPii(phone),
  };
}
