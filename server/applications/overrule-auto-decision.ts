import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationEvents, issuedDocuments } from "@/db/schema";
import type { OfficerActor } from "@/server/accounts/actor";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { applyTransition } from "./apply-transition";
import { type DeskActionResult, loadApplicationForActor } from "./load-application-for-actor";
import { notifyApplicant } from "./notify-applicant";

/**
 * The reviewing officer overrules what a rule decided, with the reason the citizen reads. An approval goes
 * back to the review step (nothing was issued yet); a completion is voided and its document revoked, so
 * the QR code on any printout now says revoked. A register change the rule made is not undone here: the
 * officer corrects the register through the register's own service, as for any wrong entry. Only a
 * decision the rule took can be overruled: the last decision on the timeline must be the system's.
 */
export async function overruleAutoDecision(
  db: Db,
  p: { applicationId: string; expectedVersion: number; officer: OfficerActor; reason: string; now?: Date },
): Promise<DeskActionResult> {
  const reason = p.reason.trim();
  const now = p.now ?? new Date();
  const updated = await db.transaction(async (tx) => {
    const opened = await loadApplicationForActor(tx, {
      ...p,
      action: "overrule_approval",
    });
    const { application, service, actor } = opened;
    const action = application.state === "completed" ? "overrule_completion" : "overrule_approval";
    const [decided] = await tx
      .select({ action: applicationEvents.action, details: applicationEvents.details })
      .from(applicationEvents)
      .where(
        and(
          eq(applicationEvents.applicationId, application.id),
          inArray(applicationEvents.action, [
            "auto_approve",
            "auto_complete",
            "station_approve",
            "approve",
            "complete",
          ]),
        ),
      )
      .orderBy(desc(applicationEvents.at), desc(applicationEvents.id))
      .limit(1);
    if (!decided || (decided.action !== "auto_approve" && decided.action !== "auto_complete")) {
      throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action, state: application.state });
    }
    const next = await applyTransition(tx, {
      application,
      service,
      action,
      actor,
      expectedVersion: p.expectedVersion,
      comment: reason,
      details: { overruled: decided.action, rule: decided.details?.rule ?? null },
      set: { outcomeReason: reason || null, windowDeadline: null },
      now,
    });
    if (action === "overrule_completion" && application.documentId) {
      await tx
        .update(issuedDocuments)
        .set({ status: "revoked", revokedAt: now, revokeReason: reason })
        .where(eq(issuedDocuments.id, application.documentId));
    }
    await notifyApplicant(tx, {
      application: next,
      template: action === "overrule_completion" ? "application_overruled_completed" : "application_overruled",
    });
    return next;
  });
  await kickSmsDispatch();
  return { id: updated.id, state: updated.state, version: updated.version };
}
