import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { applicationNumberCounters } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";

/**
 * "HN" + China date + a 6-digit daily sequence, e.g. HN20261127000042. The counter row is bumped inside the
 * submitting transaction, so a rolled-back submission gives its number back and numbers stay gap-free
 * per day; concurrent submissions queue on the one row only for the instant of the update.
 */
export async function nextApplicationNumber(tx: Tx, now: Date = new Date()): Promise<string> {
  const day = chinaToday(now);
  const [row] = await tx
    .insert(applicationNumberCounters)
    .values({ day, last: 1 })
    .onConflictDoUpdate({ target: applicationNumberCounters.day, set: { last: sql`${applicationNumberCounters.last} + 1` } })
    .returning({ last: applicationNumberCounters.last });
  if (!row) throw new Error("application counter not bumped");
  return `HN${day.replaceAll("-", "")}${String(row.last).padStart(6, "0")}`;
}
