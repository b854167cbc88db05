import type { Tx } from "@/db/client";
import type { Application } from "@/db/schema";
import { expiryTemplate } from "./approval-template";
import { applyTransition } from "./apply-transition";
import type { ApplicationService } from "./load-application";
import { notifyApplicant } from "./notify-applicant";

/**
 * An approval whose window deadline has passed lapses: it moves to `expired` through the state machine,
 * with its timeline event and the SMS saying what did not happen in time. The nightly job and every
 * officer action that finds the deadline passed both end an approval here.
 */
export async function expireApproval(
  tx: Tx,
  p: { application: Application; service: ApplicationService; now: Date },
): Promise<Application> {
  const expired = await applyTransition(tx, {
    application: p.application,
    service: p.service,
    action: "expire",
    actor: { kind: "system" },
    set: { outcomeReason: "window_deadline_passed" },
    now: p.now,
  });
  await notifyApplicant(tx, {
    application: { ...expired, windowDeadline: p.application.windowDeadline },
    template: expiryTemplate(p.application, p.service),
  });
  return expired;
}
