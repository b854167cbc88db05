import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { drivingLicences, users } from "@/db/schema";

export type LicenceHolder =
  | { state: "unverified" }
  /** Verified, but the register holds no entry for the account (a foreigner's or moved-away account). */
  | { state: "not_in_register" }
  | { state: "found"; residentId: string; drivingLicenceId: string | null };

/** Whose licences a signed-in citizen may show: only their own, and only once the register vouches for them. */
export async function findLicenceHolder(db: Db, p: { userId: string }): Promise<LicenceHolder> {
  const [row] = await db
    .select({ verification: users.verification, residentId: users.residentId, licenceId: drivingLicences.id })
    .from(users)
    .leftJoin(drivingLicences, eq(drivingLicences.residentId, users.residentId))
    .where(eq(users.id, p.userId));
  if (row?.verification !== "verified") return { state: "unverified" };
  if (!row.residentId) return { state: "not_in_register" };
  return { state: "found", residentId: row.residentId, drivingLicenceId: row.licenceId };
}
