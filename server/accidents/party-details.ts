import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insurers } from "@/db/schema";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { validateIdNumber } from "@/server/population/id-number";
import { checkPlateNumber, plateTypes } from "@/server/traffic/plate-number";

/** What each party states about themselves: licence number (= ID number), plate, insurer, phone. */
export type PartyDetails = { licenceNumber: string; plateNumber: string; insurerCode: string; phone: string };

/**
 * Checks a party's details and turns them into stored values (licence number encrypted with its keyed
 * hash, phone encrypted). A plate of any type is accepted: small, large and new-energy plates differ in length.
 */
export async function partyValues(db: Db, d: PartyDetails) {
  const fields: Record<string, string> = {};
  const licence = d.licenceNumber.trim().toUpperCase();
  if (!validateIdNumber(licence).ok) fields.licenceNumber = "accident.licenceNumber";
  const plate = plateTypes.map((type) => checkPlateNumber(d.plateNumber, type)).find((c) => c.ok);
  if (!plate?.ok) fields.plateNumber = "accident.plate";
  const phone = d.phone.trim();
  if (!phoneNumberPattern.test(phone)) fields.phone = "accident.phone";
  const [insurer] = await db.select({ id: insurers.id }).from(insurers).where(eq(insurers.code, d.insurerCode));
  if (!insurer) fields.insurerCode = "accident.insurer";
  if (!plate?.ok || !insurer || Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);
  return {
    licenceNumberEnc: encryptPii(licence),
    licenceNumberHash: hashPii("id", licence),
    plateNumber: plate.plate,
    insurerId: insurer.id,
    phoneEnc: encryptPii(phone),
  };
}
