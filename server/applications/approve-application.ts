import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { applyTransition } from "./apply-transition";
import { approvalTemplate } from "./approval-template";
import { notifyApplicant } from "./notify-applicant";
import { type DeskActionResult, loadApplicationForActor } from "./load-application-for-actor";
import { windowDeadlineFor } from "./window-deadline";

/**
 * An approval: by the county bureau for services it approves, or by the station for a case it may decide
 * alone (services processed by the station, or automatic ones the rules referred to it). The citizen then
 * has until the window deadline (60 days, China dates) to come to the handling station, and the SMS
 * names both.
 */
export async function approveApplication(
  db: Db,
  p: {
    applicationId: string;
    expectedVersion: number;
    officer: OfficerActor;
    by: "county" | "station";
    comment?: string | null;
    now?: Date;
  },
): Promise<DeskActionResult> {
  const action = p.by === "county" ? "approve" : "station_approve";
  const now = p.now ?? new Date();
  const updated = await db.transaction(async (tx) => {
    const { application, service, actor } = await loadApplicationForActor(tx, { ...p, action, now });
    const next = await applyTransition(tx, {
      application,
      service,
      action,
      actor,
      expectedVersion: p.expectedVersion,
      comment: p.comment,
      set: { windowDeadline: windowDeadlineFor(now) },
      now,
    });
    await notifyApplicant(tx, { application: next, template: approvalTemplate(next, service) });
    return next;
  });
  await kickSmsDispatch();
  return { id: updated.id, state: updated.state, version: updated.version };
}
