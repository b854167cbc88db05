import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { applyTransition } from "./apply-transition";
import { notifyApplicant } from "./notify-applicant";
import { type DeskActionResult, loadApplicationForActor } from "./load-application-for-actor";

/** The station's pre-review passed: the case goes to the county bureau for approval. */
export async function forwardApplication(
  db: Db,
  p: { applicationId: string; expectedVersion: number; officer: OfficerActor; comment?: string | null },
): Promise<DeskActionResult> {
  const updated = await db.transaction(async (tx) => {
    const { application, service, actor } = await loadApplicationForActor(tx, { ...p, action: "forward" });
    const next = await applyTransition(tx, {
      application,
      service,
      action: "forward",
      actor,
      expectedVersion: p.expectedVersion,
      comment: p.comment,
    });
    await notifyApplicant(tx, { application: next, template: "application_forwarded" });
    return next;
  });
  await kickSmsDispatch();
  return { id: updated.id, state: updated.state, version: updated.version };
}
