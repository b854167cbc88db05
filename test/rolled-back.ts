import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { residents } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";

class Rollback extends Error {}

/**
 * Runs `fn` in a transaction that is then rolled back: a test sets up the branch it needs on the seeded
 * registers without leaving it for the next test.
 */
export async function inRolledBack<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .transaction(async (tx) => {
      result = await fn(tx);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return result as T;
}

/** The register id of a seeded resident, by ID number. */
export async function residentIdOf(db: Db, idNumber: string): Promise<string> {
  const [row] = await db
    .select({ id: residents.id })
    .from(residents)
    .where(eq(residents.idNumberHash, hashPii("id", idNumber)));
  if (!row) throw new Error("residentIdOf: no such resident in the register");
  return row.id;
}
