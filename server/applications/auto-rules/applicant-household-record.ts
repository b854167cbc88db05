import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { households, residents } from "@/db/schema";

/** The applicant's own register record and household, which the household rules read. */
export async function applicantHouseholdRecord(tx: Tx, residentId: string | null) {
  if (!residentId) return null;
  const [row] = await tx
    .select({
      status: residents.status,
      householdId: households.id,
      householdType: households.type,
      address: households.address,
    })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .where(eq(residents.id, residentId));
  return row ?? null;
}
