import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { actOnApproval } from "./act-on-approval";
import { applyTransition } from "./apply-transition";
import { checkOriginals } from "./check-originals";
import { notifyApplicant } from "./notify-applicant";
import type { DeskActionResult } from "./load-application-for-actor";

/**
 * The originals did not match the uploads (or were forged, or not brought): the approval is void and the
 * case ends. The reason goes to the citizen; the materials that did not match are kept with the case.
 */
export async function voidApplication(
  db: Db,
  p: {
    applicationId: string;
    expectedVersion: number;
    officer: OfficerActor;
    reason: string;
    /** Uploaded materials whose originals did not match; may be empty when the person, not a paper, is the problem. */
    mismatched: string[];
    now?: Date;
  },
): Promise<DeskActionResult> {
  const reason = p.reason.trim();
  const now = p.now ?? new Date();
  const updated = await actOnApproval(
    db,
    { ...p, action: "void", now },
    async (tx, { application, service, actor }) => {
      const mismatched = new Set(p.mismatched);
      const uploaded = await checkOriginals(tx, {
        application,
        service,
        checks: [...mismatched].map((materialKey) => ({ materialKey, matches: false })),
      });
      const next = await applyTransition(tx, {
        application,
        service,
        action: "void",
        actor,
        expectedVersion: p.expectedVersion,
        comment: reason,
        details: { mismatched: [...mismatched] },
        set: { outcomeReason: reason || null, originalsCheck: uploaded.check },
        now,
      });
      await notifyApplicant(tx, { application: next, template: "application_voided" });
      return next;
    },
  );
  await kickSmsDispatch();
  return { id: updated.id, state: updated.state, version: updated.version };
}
