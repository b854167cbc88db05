import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidents } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";

export type QueuedAccident = {
  id: string;
  code: string;
  occurredAt: Date;
  place: string;
  awaitingSince: Date;
  lastPhotoAt: Date | null;
  plates: string[];
};

/** Accidents in the officer's jurisdiction waiting for remote determination, the longest waiting first. */
export async function listAccidentQueue(db: Db, p: { scope: Jurisdiction }): Promise<QueuedAccident[]> {
  const rows = await db
    .select({
      id: accidents.id,
      code: accidents.code,
      occurredAt: accidents.occurredAt,
      place: accidents.place,
      awaitingSince: accidents.awaitingSince,
      lastPhotoAt: accidents.lastPhotoAt,
    })
    .from(accidents)
    .where(and(withinScope(p.scope, accidents.orgPath), eq(accidents.status, "awaiting_determination")))
    .orderBy(asc(accidents.awaitingSince))
    .limit(200);
  const plates = rows.length
    ? await db
        .select({ accidentId: accidentParties.accidentId, plate: accidentParties.plateNumber })
        .from(accidentParties)
        .where(
          inArray(
            accidentParties.accidentId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(accidentParties.position))
    : [];
  return rows.map((r) => ({
    ...r,
    awaitingSince: r.awaitingSince ?? r.occurredAt,
    plates: plates.filter((pl) => pl.accidentId === r.id).map((pl) => pl.plate),
  }));
}
