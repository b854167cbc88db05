import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidents } from "@/db/schema";

/** The accidents the citizen is a party of, newest first. */
export function listMyAccidents(db: Db, p: { userId: string }) {
  return db
    .select({
      id: accidents.id,
      code: accidents.code,
      status: accidents.status,
      occurredAt: accidents.occurredAt,
      place: accidents.place,
      position: accidentParties.position,
    })
    .from(accidentParties)
    .innerJoin(accidents, eq(accidents.id, accidentParties.accidentId))
    .where(eq(accidentParties.userId, p.userId))
    .orderBy(desc(accidents.occurredAt))
    .limit(50);
}
