import "server-only";
import { and, count, eq, gte, lte, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointments } from "@/db/schema";
import { noShowBlockDays, noShowLimit, noShowLookBackDays } from "./appointment-rules";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Until when the citizen may not book online, or null: 3 no-shows within the last 90 days block booking
 * for 30 days from the latest of them.
 */
export async function bookingBlockedUntil(db: Db, p: { userId: string; now: Date }): Promise<Date | null> {
  const [row] = await db
    .select({ missed: count(), latest: max(appointments.startsAt) })
    .from(appointments)
    .where(
      and(
        eq(appointments.userId, p.userId),
        eq(appointments.status, "no_show"),
        gte(appointments.startsAt, new Date(p.now.getTime() - noShowLookBackDays * dayMs)),
        lte(appointments.startsAt, p.now),
      ),
    );
  if (!row || row.missed < noShowLimit || !row.latest) return null;
  const until = new Date(new Date(row.latest).getTime() + noShowBlockDays * dayMs);
  return until > p.now ? until : null;
}
