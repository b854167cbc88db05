import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { drivingLicences, residentIdCards, residents } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { maskIdNumber, maskName } from "@/server/crypto/mask";
import { chinaToday } from "@/server/dates/china-today";

export type DrivingLicenceStatus = "valid" | "suspended" | "revoked" | "expired" | "cancelled";

/** What an electronic licence screen, and a checker of its code, may show: masked, and nothing more. */
export type LicenceCard = {
  holderNameMasked: string;
  idNumberMasked: string;
  idCard: { validFrom: string; validUntil: string | null; status: "valid" | "expired" } | null;
  drivingLicence: {
    vehicleClasses: string;
    validFrom: string;
    validUntil: string | null;
    status: DrivingLicenceStatus;
  } | null;
};

/**
 * A resident's ID card and driving licence as the registers hold them on `now`'s China date. A licence the
 * register still calls valid past its last day is shown expired: the checker must not be told otherwise.
 */
export async function loadLicenceCard(
  db: Db,
  p: { residentId: string; drivingLicenceId: string | null; now: Date },
): Promise<LicenceCard | null> {
  const [row] = await db
    .select({
      name: residents.name,
      idNumberEnc: residents.idNumberEnc,
      cardFrom: residentIdCards.validFrom,
      cardUntil: residentIdCards.validUntil,
    })
    .from(residents)
    .leftJoin(residentIdCards, eq(residentIdCards.residentId, residents.id))
    .where(eq(residents.id, p.residentId));
  if (!row) return null;
  const [licence] = p.drivingLicenceId
    ? await db.select().from(drivingLicences).where(eq(drivingLicences.id, p.drivingLicenceId))
    : [];
  const today = chinaToday(p.now);
  const lapsed = (until: string | null) => until !== null && until < today;
  return {
    holderNameMasked: maskName(row.name),
    idNumberMasked: maskIdNumber(decryptPii(row.idNumberEnc)),
    idCard: row.cardFrom
      ? { validFrom: row.cardFrom, validUntil: row.cardUntil, status: lapsed(row.cardUntil) ? "expired" : "valid" }
      : null,
    drivingLicence: licence
      ? {
          vehicleClasses: licence.vehicleClasses,
          validFrom: licence.validFrom,
          validUntil: licence.validUntil,
          status: licence.status === "valid" && lapsed(licence.validUntil) ? "expired" : licence.status,
        }
      : null,
  };
}
