import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { maskName, maskPhone } from "@/server/crypto/mask";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadReportForActor } from "./load-report-for-actor";
import { loadReportView, type ReportView } from "./load-report-view";

export type ReporterView = { anonymous: true } | { anonymous: false; name: string; phone: string | null };

export type OfficerReportView = ReportView & { reporter: ReporterView; assignedTo: string | null };

type Params = {
  scope: Jurisdiction;
  reportId: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/** The reporter of a named report, in full; null for an anonymous one. */
async function loadReporter(db: Db, reporterId: string | null) {
  if (!reporterId) return null;
  const [row] = await db
    .select({ name: users.name, phoneEnc: users.phoneEnc, idNumberHash: users.idNumberHash })
    .from(users)
    .where(eq(users.id, reporterId));
  if (!row) throw new Error(`reporter ${reporterId} is gone`);
  return { name: row.name, phone: row.phoneEnc ? decryptPii(row.phoneEnc) : null, idNumberHash: row.idNumberHash };
}

/**
 * The report for its handling unit, the reporter masked (a name to recognise, a phone to recognise): what
 * handling needs. Every view is audited under the reporter, so they find it in 谁查看了我的信息.
 */
export async function getReportForOfficer(db: Db, p: Params): Promise<OfficerReportView> {
  const report = await loadReportForActor(db, { scope: p.scope, reportId: p.reportId });
  const [view, reporter, assignee] = await Promise.all([
    loadReportView(db, report),
    loadReporter(db, report.reporterId),
    report.assignedTo
      ? db.select({ name: users.name }).from(users).where(eq(users.id, report.assignedTo))
      : Promise.resolve([]),
  ]);
  await recordAudit(db, {
    actor: p.actor,
    action: "reports.viewed",
    targetType: "report",
    targetId: report.id,
    subjectIdHash: reporter?.idNumberHash ?? null,
    details: { number: report.number },
    ip: p.ip,
    correlationId: p.correlationId,
  });
  return {
    ...view,
    assignedTo: assignee[0]?.name ?? null,
    reporter: reporter
      ? { anonymous: false, name: maskName(reporter.name), phone: reporter.phone ? maskPhone(reporter.phone) : null }
      : { anonymous: true },
  };
}

/**
 * The named reporter's full name and phone, when the officer must call them back; audited as such. An
 * anonymous report has nobody to reveal.
 */
export async function revealReporter(db: Db, p: Params): Promise<{ name: string; phone: string | null }> {
  const report = await loadReportForActor(db, { scope: p.scope, reportId: p.reportId });
  const reporter = await loadReporter(db, report.reporterId);
  if (!reporter) throw new DomainError("NOT_FOUND");
  await recordAudit(db, {
    actor: p.actor,
    action: "reports.reporter_revealed",
    targetType: "report",
    targetId: report.id,
    subjectIdHash: reporter.idNumberHash,
    details: { number: report.number },
    ip: p.ip,
    correlationId: p.correlationId,
  });
  return { name: reporter.name, phone: reporter.phone };
}
