import "server-only";
import { and, eq, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notices } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";

/**
 * The nightly pass: published notices whose period has ended become expired, so the desk lists them for
 * archiving. The public lists never wait for it — they test the period themselves.
 */
export async function expireNotices(db: Db, now: Date = new Date()): Promise<{ expired: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(notices)
      .set({ state: "expired", updatedAt: now })
      .where(and(eq(notices.state, "published"), lte(notices.periodEnd, now)))
      .returning({ id: notices.id });
    if (rows.length) {
      await recordAudit(tx, {
        actor: { id: null, role: "system" },
        action: "notices.expired",
        targetType: "notice",
        details: { count: rows.length, ids: rows.map((r) => r.id).slice(0, 100) },
      });
    }
    return { expired: rows.length };
  });
}
