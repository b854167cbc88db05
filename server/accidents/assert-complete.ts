import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Accident, accidentPhotos } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { requiredSlots } from "./accident-rules";

/** Liability is settled only once every party has joined and every required photo is there. */
export async function assertComplete(tx: Db, accident: Accident, joinedParties: number) {
  const photos = await tx
    .select({ slot: accidentPhotos.slot })
    .from(accidentPhotos)
    .where(eq(accidentPhotos.accidentId, accident.id));
  const have = new Set(photos.map((ph) => ph.slot));
  if (joinedParties < accident.partyCount || !requiredSlots(accident.partyCount).every((s) => have.has(s))) {
    throw new DomainError("ACCIDENT_INCOMPLETE");
  }
}
