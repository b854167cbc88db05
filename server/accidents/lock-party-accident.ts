import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Accident, type AccidentParty, accidentParties, accidents } from "@/db/schema";
import { DomainError } from "@/server/errors";

/**
 * An accident the user is a party of, locked for the caller's transaction, with all its parties in
 * order. Anyone else gets NOT_FOUND: an accident's existence is nobody else's business.
 */
export async function lockPartyAccident(
  tx: Db,
  p: { userId: string; accidentId: string },
): Promise<{ accident: Accident; parties: AccidentParty[]; me: AccidentParty }> {
  const [accident] = await tx.select().from(accidents).where(eq(accidents.id, p.accidentId)).for("update");
  if (!accident) throw new DomainError("NOT_FOUND");
  const parties = await tx
    .select()
    .from(accidentParties)
    .where(eq(accidentParties.accidentId, accident.id))
    .orderBy(asc(accidentParties.position));
  const me = parties.find((party) => party.userId === p.userId);
  if (!me) throw new DomainError("NOT_FOUND");
  return { accident, parties, me };
}

/** Marks a change every open page of the accident should pick up. */
export function bumpVersion(tx: Db, accidentId: string, set: Partial<typeof accidents.$inferInsert> = {}) {
  return tx
    .update(accidents)
    .set({ ...set, version: sql`${accidents.version} + 1` })
    .where(eq(accidents.id, accidentId));
}
