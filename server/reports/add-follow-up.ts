import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportReplies, reports } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { moveOrRefuse } from "./act-on-report";
import { loadMyReport } from "./load-my-report";

export type AddFollowUpParams = ({ userId: string; reportId: string } | { token: string }) & {
  body: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * The reporter adds to their report (more facts, an answer to the unit's question) until it is closed; a
 * replied report goes back to handling. Through the token, nothing about the caller is recorded.
 */
export async function addFollowUp(db: Db, p: AddFollowUpParams): Promise<{ id: string }> {
  const now = p.now ?? new Date();
  const anonymous = "token" in p;
  return db.transaction(async (tx) => {
    const report = await loadMyReport(tx, { ...p, lock: true });
    const state = moveOrRefuse(report, "follow_up");
    const [reply] = await tx
      .insert(reportReplies)
      .values({ reportId: report.id, author: "reporter", body: p.body, createdAt: now })
      .returning({ id: reportReplies.id });
    if (!reply) throw new Error("addFollowUp: no row returned");
    await tx.update(reports).set({ state, updatedAt: now }).where(eq(reports.id, report.id));
    await recordAudit(tx, {
      actor: anonymous ? { id: null, role: "citizen" } : p.actor,
      action: "reports.follow_up",
      targetType: "report",
      targetId: report.id,
      details: { number: report.number, replyId: reply.id },
      ip: anonymous ? null : p.ip,
      correlationId: p.correlationId,
    });
    return { id: reply.id };
  });
}
