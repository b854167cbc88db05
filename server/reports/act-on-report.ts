import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { type Report, reportReplies, reports, services, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadReportForActor } from "./load-report-for-actor";
import { nextReportState, type ReportAction } from "./report-transitions";

export type OfficerReportAction =
  { kind: "accept" } | { kind: "reply"; body: string } | { kind: "close"; result: string };

export type ActOnReportParams = {
  scope: Jurisdiction;
  reportId: string;
  officerId: string;
  action: OfficerReportAction;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

const auditActions: Record<OfficerReportAction["kind"], string> = {
  accept: "reports.accepted",
  reply: "reports.replied",
  close: "reports.closed",
};

/** Queues the named reporter's SMS; an anonymous reporter has no phone on file and reads the page instead. */
async function notifyReporter(tx: Tx, report: Report, template: "report_replied" | "report_closed", key: string) {
  if (!report.reporterId) return false;
  const [row] = await tx
    .select({ phoneEnc: users.phoneEnc, service: services.name })
    .from(users)
    .innerJoin(services, eq(services.id, report.serviceId))
    .where(eq(users.id, report.reporterId));
  if (!row?.phoneEnc) return false;
  await queueSms(tx, {
    idempotencyKey: `report:${report.id}:${key}`,
    phone: decryptPii(row.phoneEnc),
    template,
    params: { service: row.service, number: report.number },
  });
  return true;
}

export function moveOrRefuse(report: Report, action: ReportAction) {
  const next = nextReportState(report.state, action);
  if (!next) throw new DomainError("REPORT_WRONG_STATE");
  return next;
}

/**
 * The handling unit's actions: accept (assigned to the officer), reply (shown to the reporter, texted to a
 * named one), close with the result (texted likewise). One transaction with the audit entry and the SMS;
 * the first officer to act on an unassigned report takes it.
 */
export async function actOnReport(db: Db, p: ActOnReportParams): Promise<{ state: Report["state"] }> {
  const now = p.now ?? new Date();
  const { state, texted } = await db.transaction(async (tx) => {
    const report = await loadReportForActor(tx, { scope: p.scope, reportId: p.reportId, lock: true });
    const state = moveOrRefuse(report, p.action.kind);
    let texted = false;
    let replyId: string | undefined;
    if (p.action.kind === "reply") {
      const [reply] = await tx
        .insert(reportReplies)
        .values({ reportId: report.id, author: "officer", officerId: p.officerId, body: p.action.body, createdAt: now })
        .returning({ id: reportReplies.id });
      replyId = reply?.id;
      texted = await notifyReporter(tx, report, "report_replied", `reply:${replyId}`);
    }
    if (p.action.kind === "close") texted = await notifyReporter(tx, report, "report_closed", "closed");
    await tx
      .update(reports)
      .set({
        state,
        assignedTo: report.assignedTo ?? p.officerId,
        updatedAt: now,
        ...(p.action.kind === "close" ? { result: p.action.result, closedAt: now } : {}),
      })
      .where(eq(reports.id, report.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: auditActions[p.action.kind],
      targetType: "report",
      targetId: report.id,
      details: { number: report.number, from: report.state, to: state, ...(replyId ? { replyId } : {}) },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { state, texted };
  });
  if (texted) await kickSmsDispatch();
  return { state };
}
