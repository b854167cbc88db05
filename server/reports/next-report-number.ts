import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { reportNumberCounters } from "@/db/schema";
import { chinaDayStamp } from "@/server/numbering/china-day-stamp";
import { chinaToday } from "@/server/dates/china-today";

/**
 * "JB" + China date + a 6-digit daily sequence (JB20261207000042), the receipt number of a report. Like
 * application numbers, the counter row is bumped in the filing transaction: a rolled-back filing gives its
 * number back, and the numbers of a day stay gap-free.
 */
export async function nextReportNumber(tx: Tx, now: Date): Promise<string> {
  const [row] = await tx
    .insert(reportNumberCounters)
    .values({ day: chinaToday(now), last: 1 })
    .onConflictDoUpdate({ target: reportNumberCounters.day, set: { last: sql`${reportNumberCounters.last} + 1` } })
    .returning({ last: reportNumberCounters.last });
  if (!row) throw new Error("report counter not bumped");
  return `JB${chinaDayStamp(now)}${String(row.last).padStart(6, "0")}`;
}
