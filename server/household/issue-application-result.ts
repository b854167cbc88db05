import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, users } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { issueDocument } from "@/server/documents/issue-document";
import { checkRegisterReferences } from "./check-register-references";
import { applyCompletionEffects } from "./completion-effects";
import type { ApplicationService } from "./load-application";

/**
 * What completing an application does, whoever completes it (the window officer, the automatic review, or
 * the officer who posts the document): the register changes the service stands for, then the printed
 * page or receipt with its verification QR code. Runs in the completing transaction, so a failure in the
 * PDF leaves the register untouched.
 */
export async function issueApplicationResult(
  tx: Tx,
  p: {
    application: Application;
    service: ApplicationService;
    /** The register ids the submission resolved; looked up again when the caller has none at hand. */
    residents?: Record<string, string>;
    issuedBy: string | null;
  },
): Promise<{ documentId: string; code: string; pdfBlobId: string }> {
  const { application } = p;
  if (!application.stationId || !application.number)
    throw new Error("completing an application that was never submitted");
  const residents =
    p.residents ?? (await checkRegisterReferences(tx, p.service.formSchema, application.formData)).residents;
  const [applicant] = await tx
    .select({ residentId: users.residentId })
    .from(users)
    .where(eq(users.id, application.applicantId));
  const result = await applyCompletionEffects(tx, {
    serviceCode: p.service.code,
    values: application.formData,
    applicantResidentId: applicant?.residentId ?? null,
    residents,
    stationId: application.stationId,
    applicationNumber: application.number,
  });
  const issued = await issueDocument(tx, {
    kind: result.documentKind,
    subjectType: "application",
    subjectId: application.id,
    title: result.title,
    holderName: result.holderName,
    holderNameMasked: maskName(result.holderName),
    facts: result.facts,
    issuingUnitId: application.stationId,
    issuedBy: p.issuedBy,
    ownerId: application.applicantId,
  });
  return { documentId: issued.id, code: issued.code, pdfBlobId: issued.pdfBlobId };
}
