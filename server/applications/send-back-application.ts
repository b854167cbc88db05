import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { applyTransition } from "./apply-transition";
import { type DeskActionResult, loadApplicationForActor } from "./load-application-for-actor";

/**
 * The county returns the case to the station with a comment. Internal between the two desks: the citizen
 * gets no SMS, since nothing is asked of them and the case simply stays in review.
 */
export async function sendBackApplication(
  db: Db,
  p: { applicationId: string; expectedVersion: number; officer: OfficerActor; comment: string },
): Promise<DeskActionResult> {
  const updated = await db.transaction(async (tx) => {
    const { application, service, actor } = await loadApplicationForActor(tx, { ...p, action: "send_back" });
    return applyTransition(tx, {
      application,
      service,
      action: "send_back",
      actor,
      expectedVersion: p.expectedVersion,
      comment: p.comment,
    });
  });
  return { id: updated.id, state: updated.state, version: updated.version };
}
