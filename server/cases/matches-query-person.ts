import { timingSafeEqual } from "node:crypto";

/** Stands in for a missing person, so an unknown number costs the same comparisons as a known one. */
const absent = "0".repeat(64);

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a.padEnd(64, "0").slice(0, 64));
  const y = Buffer.from(b.padEnd(64, "0").slice(0, 64));
  return timingSafeEqual(x, y) && a.length === b.length;
}

/**
 * Whether the typed ID number and phone (as keyed hashes) are those registered with the query number.
 * Both comparisons always run, in constant time, whether or not the number exists or was revoked.
 */
export function matchesQueryPerson(
  person: { idNumberHash: string; phoneHash: string; revokedAt: Date | null } | undefined,
  typed: { idNumberHash: string; phoneHash: string },
): boolean {
  const idOk = sameHash(person?.idNumberHash ?? absent, typed.idNumberHash);
  const phoneOk = sameHash(person?.phoneHash ?? absent, typed.phoneHash);
  return !!person && !person.revokedAt && idOk && phoneOk;
}
