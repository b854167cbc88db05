import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { residents, users } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { normaliseName } from "@/server/population/normalise-name";

export type IdentityMatch =
  | { kind: "verified"; idNumberHash: string; residentId: string; registerName: string }
  | { kind: "unverified"; idNumberHash: string }
  | { kind: "mismatch"; idNumberHash: string }
  | { kind: "taken"; idNumberHash: string; holder: { id: string; phoneHash: string | null; phoneEnc: string | null } };

/**
 * Judges a name + ID number against the population register and the existing accounts. The register
 * decides first: its name must match (the dead and cancelled never match). An ID number that already has
 * an account is only reported as taken to someone who also knows the name that goes with it, so the
 * answer cannot be used to find out which ID numbers are registered.
 */
export async function matchIdentity(db: Db, params: { name: string; idNumber: string }): Promise<IdentityMatch> {
  const idNumberHash = hashPii("id", params.idNumber);
  const name = normaliseName(params.name);
  const [resident] = await db
    .select({ id: residents.id, name: residents.name, status: residents.status })
    .from(residents)
    .where(eq(residents.idNumberHash, idNumberHash));
  const [holder] = await db
    .select({ id: users.id, name: users.name, phoneHash: users.phoneHash, phoneEnc: users.phoneEnc })
    .from(users)
    .where(eq(users.idNumberHash, idNumberHash));

  if (resident) {
    const gone = resident.status === "deceased" || resident.status === "cancelled";
    if (gone || normaliseName(resident.name) !== name) return { kind: "mismatch", idNumberHash };
  } else if (holder && normaliseName(holder.name) !== name) {
    return { kind: "mismatch", idNumberHash };
  }
  if (holder)
    return {
      kind: "taken",
      idNumberHash,
      holder: { id: holder.id, phoneHash: holder.phoneHash, phoneEnc: holder.phoneEnc },
    };
  // Someone whose registration moved out of the province is still a real person, but not one this
  // register can vouch for today.
  if (resident?.status === "active") {
    return { kind: "verified", idNumberHash, residentId: resident.id, registerName: resident.name };
  }
  return { kind: "unverified", idNumberHash };
}
