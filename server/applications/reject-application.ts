import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { applyTransition } from "./apply-transition";
import { notifyApplicant } from "./notify-applicant";
import { type DeskActionResult, loadApplicationForActor } from "./load-application-for-actor";

/**
 * Refuses the application with a reason the citizen reads: by the station at pre-review or by the county
 * at approval, whichever of the two the officer is and the case is with.
 */
export async function rejectApplication(
  db: Db,
  p: { applicationId: string; expectedVersion: number; officer: OfficerActor; reason: string },
): Promise<DeskActionResult> {
  const reason = p.reason.trim();
  const updated = await db.transaction(async (tx) => {
    const { application, service, actor } = await loadApplicationForActor(tx, { ...p, action: "reject" });
    const next = await applyTransition(tx, {
      application,
      service,
      action: "reject",
      actor,
      expectedVersion: p.expectedVersion,
      comment: reason,
      set: { outcomeReason: reason || null },
    });
    await notifyApplicant(tx, { application: next, template: "application_rejected" });
    return next;
  });
  await kickSmsDispatch();
  return { id: updated.id, state: updated.state, version: updated.version };
}
