import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { canTransition } from "./application-transitions";
import { actOnApproval } from "./act-on-approval";
import { applyTransition } from "./apply-transition";
import { checkOriginals } from "./check-originals";
import { issueApplicationResult } from "./issue-application-result";
import { notifyApplicant } from "./notify-applicant";
import type { DeskActionResult } from "./load-application-for-actor";

/**
 * The window's last step once every original matched its upload: the register changes the service stands
 * for, the printed page or receipt with its QR code, and the case closed — one transaction, so a failure
 * anywhere leaves the register as it was. A mismatch is not completed: the officer voids the case instead.
 */
export async function completeApplication(
  db: Db,
  p: {
    applicationId: string;
    expectedVersion: number;
    officer: OfficerActor;
    checks: { materialKey: string; matches: boolean }[];
    now?: Date;
  },
): Promise<DeskActionResult & { documentCode: string; pdfBlobId: string }> {
  const now = p.now ?? new Date();
  const result = await actOnApproval(
    db,
    { ...p, action: "complete", now },
    async (tx, { application, service, actor }) => {
      // The engine checks these again, but only after the register changes and the PDF: refusing first
      // keeps a stale or illegal click from rendering a document that is then thrown away.
      if (application.version !== p.expectedVersion) throw new DomainError("APPLICATION_STALE");
      if (!canTransition("complete", application.state, service.mode, actor.role)) {
        throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "complete", state: application.state });
      }
      const originals = await checkOriginals(tx, { application, service, checks: p.checks });
      if (originals.unchecked.length) {
        throw new DomainError("ORIGINALS_UNCHECKED", { materials: originals.unchecked.join("、") });
      }
      if (originals.mismatched.length) {
        throw new DomainError("ORIGINALS_MISMATCH", { materials: originals.mismatched.join("、") });
      }

      const issued = await issueApplicationResult(tx, { application, service, issuedBy: actor.userId });
      const next = await applyTransition(tx, {
        application,
        service,
        action: "complete",
        actor,
        expectedVersion: p.expectedVersion,
        details: { documentCode: issued.code },
        set: { documentId: issued.documentId, originalsCheck: originals.check },
        now,
      });
      await notifyApplicant(tx, { application: next, template: "application_completed" });
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
