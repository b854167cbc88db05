import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { canTransition } from "./application-transitions";
import { actOnApproval } from "./act-on-approval";
import { applyTransition } from "./apply-transition";
import { issueApplicationResult } from "./issue-application-result";
import { notifyApplicant } from "./notify-applicant";
import type { DeskActionResult } from "./load-application-for-actor";

/** Carriers a station posts documents with; the SMS names the carrier as the citizen knows it. */
export const postCarriers = { ems: "中国邮政EMS", sf: "顺丰速运", jd: "京东物流" } as const;
export type PostCarrier = keyof typeof postCarriers;

/**
 * Completes an approved application the citizen chose to receive by post: the register changes and the
 * document are issued exactly as at the window, and the tracking number goes into the delivery record and
 * the SMS. There are no originals to compare: only services that need none offer postal delivery.
 */
export async function postApplication(
  db: Db,
  p: {
    applicationId: string;
    expectedVersion: number;
    officer: OfficerActor;
    carrier: PostCarrier;
    trackingNumber: string;
    now?: Date;
  },
): Promise<DeskActionResult & { documentCode: string; pdfBlobId: string }> {
  const now = p.now ?? new Date();
  const trackingNumber = p.trackingNumber.replace(/\s+/g, "").toUpperCase();
  const carrier = postCarriers[p.carrier];
  const result = await actOnApproval(
    db,
    { ...p, action: "complete", now },
    async (tx, { application, service, actor }) => {
      // Checked before the register changes and the PDF, as in completeApplication.
      if (application.version !== p.expectedVersion) throw new DomainError("APPLICATION_STALE");
      if (!canTransition("complete", application.state, service.mode, actor.role)) {
        throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "complete", state: application.state });
      }
      if (application.delivery.method !== "post") throw new DomainError("NOT_POSTAL_DELIVERY");

      const issued = await issueApplicationResult(tx, { application, service, issuedBy: actor.userId });
      const next = await applyTransition(tx, {
        application,
        service,
        action: "complete",
        actor,
        expectedVersion: p.expectedVersion,
        details: { documentCode: issued.code, carrier, trackingNumber },
        set: {
          documentId: issued.documentId,
          delivery: { ...application.delivery, carrier, trackingNumber, postedAt: now.toISOString() },
        },
        now,
      });
      await notifyApplicant(tx, {
        application: next,
        template: "application_posted",
        params: { carrier, tracking: trackingNumber },
      });
      return { next, issued };
    },
  );
  await kickSmsDispatch();
  const { next, issued } = result;
  return {
    id: next.id,
    state: next.state,
    version: next.version,
    documentCode: issued.code,
    pdfBlobId: issued.pdfBlobId,
  };
}
