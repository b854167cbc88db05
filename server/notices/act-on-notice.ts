import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Notice, notices, orgUnits, type Role, services } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { assertNoticeFitsBoard } from "./assert-notice-fits-board";
import { loadNoticeForActor } from "./load-notice-for-actor";
import { noticeApproverRole } from "./notice-officer-roles";
import { nextNoticeState } from "./notice-transitions";

export type OfficerNoticeAction =
  | { kind: "submit" }
  | { kind: "return"; reason: string }
  | { kind: "approve" }
  | { kind: "withdraw"; reason: string }
  | { kind: "archive" };

export type ActOnNoticeParams = {
  scope: Jurisdiction;
  noticeId: string;
  officer: { id: string; roles: readonly Role[] };
  action: OfficerNoticeAction;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

const auditActions: Record<OfficerNoticeAction["kind"], string> = {
  submit: "notices.submitted",
  return: "notices.returned",
  approve: "notices.approved",
  withdraw: "notices.withdrawn",
  archive: "notices.archived",
};

/**
 * The approval rule, where approval acts: a supervisor whose subtree holds the publishing unit (the loader
 * has checked the subtree), who did not draft it, of a notice whose period has not already ended.
 */
function assertMayApprove(notice: Notice, officer: ActOnNoticeParams["officer"], now: Date) {
  if (!officer.roles.includes(noticeApproverRole)) throw new DomainError("NOTICE_NOT_APPROVER");
  if (notice.draftedBy === officer.id) throw new DomainError("NOTICE_SELF_APPROVAL");
  if (notice.periodEnd.getTime() <= now.getTime()) throw new DomainError("NOTICE_PERIOD_INVALID");
}

/**
 * The board's rules once more where a notice goes for approval and where it is approved: an admin may have
 * changed who publishes on the board, or its period, since the draft was saved.
 */
async function assertStillFitsBoard(tx: Db, notice: Notice) {
  const [board] = await tx
    .select({ config: services.notice, unitType: orgUnits.unitType })
    .from(services)
    .innerJoin(orgUnits, eq(orgUnits.id, notice.publishingUnitId))
    .where(eq(services.id, notice.serviceId));
  if (!board) throw new Error("actOnNotice: the notice's service or unit is missing");
  const { periodStart, periodEnd } = notice;
  assertNoticeFitsBoard(board.config, { unitType: board.unitType, periodStart, periodEnd });
}

function changesOf(notice: Notice, p: ActOnNoticeParams, now: Date): Partial<Notice> {
  switch (p.action.kind) {
    case "submit":
      return { submittedAt: now, returnReason: null };
    case "return":
      if (!p.officer.roles.includes(noticeApproverRole)) throw new DomainError("NOTICE_NOT_APPROVER");
      return { returnReason: p.action.reason };
    case "approve":
      assertMayApprove(notice, p.officer, now);
      return { approvedBy: p.officer.id, approvedAt: now };
    case "withdraw":
      return { withdrawnBy: p.officer.id, withdrawnAt: now, withdrawReason: p.action.reason };
    case "archive":
      return { archivedAt: now };
  }
}

/**
 * The officers' transitions of a notice, each in one transaction with its audit entry: send for approval,
 * return to the drafter, approve (which publishes: the public sees it from its first day), withdraw a
 * published notice with a reason, archive an expired one.
 */
export async function actOnNotice(db: Db, p: ActOnNoticeParams): Promise<{ state: Notice["state"] }> {
  const now = p.now ?? new Date();
  return db.transaction(async (tx) => {
    const notice = await loadNoticeForActor(tx, { scope: p.scope, noticeId: p.noticeId, lock: true });
    const state = nextNoticeState(notice.state, p.action.kind);
    if (!state) throw new DomainError("NOTICE_WRONG_STATE");
    const changes = changesOf(notice, p, now);
    if (p.action.kind === "submit" || p.action.kind === "approve") await assertStillFitsBoard(tx, notice);
    await tx
      .update(notices)
      .set({ ...changes, state, updatedAt: now })
      .where(eq(notices.id, notice.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: auditActions[p.action.kind],
      targetType: "notice",
      targetId: notice.id,
      details: {
        from: notice.state,
        to: state,
        ...(p.action.kind === "return" || p.action.kind === "withdraw" ? { reason: p.action.reason } : {}),
      },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { state };
  });
}
