import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidents } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { type AccidentView, accidentView, partiesOf } from "./accident-view";

/** A party's view of their accident; anyone else gets NOT_FOUND. */
export async function getAccident(
  db: Db,
  p: { userId: string; accidentId: string },
): Promise<AccidentView & { myPartyId: string }> {
  const [accident] = await db.select().from(accidents).where(eq(accidents.id, p.accidentId));
  if (!accident) throw new DomainError("NOT_FOUND");
  const parties = await partiesOf(db, accident.id);
  const me = parties.find((party) => party.userId === p.userId);
  if (!me) throw new DomainError("NOT_FOUND");
  return { ...(await accidentView(db, accident, parties)), myPartyId: me.id };
}

/**
 * The accident's change counter, polled every few seconds by the open page: the full view is fetched
 * again only when it moved.
 */
export async function getAccidentVersion(
  db: Db,
  p: { userId: string; accidentId: string },
): Promise<{ version: number }> {
  const [row] = await db
    .select({ version: accidents.version })
    .from(accidents)
    .innerJoin(accidentParties, and(eq(accidentParties.accidentId, accidents.id), eq(accidentParties.userId, p.userId)))
    .where(eq(accidents.id, p.accidentId));
  if (!row) throw new DomainError("NOT_FOUND");
  return row;
}
