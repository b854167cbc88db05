import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, type Liability } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { assertComplete } from "./assert-complete";
import { bumpVersion, lockPartyAccident } from "./lock-party-accident";

/**
 * Settling liability among themselves: a party states their own liability and what happened. Any change
 * voids every signature so far, since each party signs the whole set of answers.
 */
export async function claimLiability(
  db: Db,
  p: { userId: string; accidentId: string; liability: Liability; statement: string },
): Promise<void> {
  const statement = p.statement.trim();
  if (statement.length > 500) throw new DomainError("BAD_INPUT", {}, { statement: "BAD_INPUT" });
  await db.transaction(async (tx) => {
    const { accident, parties, me } = await lockPartyAccident(tx, p);
    if (accident.status !== "gathering" && accident.status !== "agreeing")
      throw new DomainError("ACCIDENT_WRONG_STATE");
    await assertComplete(tx, accident, parties.length);
    await tx
      .update(accidentParties)
      .set({ claimedLiability: p.liability, statement: statement || null })
      .where(eq(accidentParties.id, me.id));
    await tx.update(accidentParties).set({ signedAt: null }).where(eq(accidentParties.accidentId, accident.id));
    await bumpVersion(tx, accident.id, { status: "agreeing" });
  });
}
