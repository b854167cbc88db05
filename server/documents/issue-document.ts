import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type DocumentFact, issuedDocuments, users } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { saveBlob } from "@/server/storage/save-blob";
import { generateDocumentCode } from "./document-code";
import { getIssuingUnitName } from "./get-issuing-unit-name";
import { renderPdfOffThread } from "./render-pdf-off-thread";

export type DocumentKind =
  | "household_register_page"
  | "household_receipt"
  | "fine_receipt"
  | "accident_agreement"
  | "accident_determination"
  /** A certificate, permit or receipt a configured service issues from its template. */
  | "service_certificate"
  /** Records of the register changes of server/applications/register-effects. */
  | "driving_licence"
  | "electronic_driving_licence"
  | "vehicle_licence"
  | "vehicle_plate"
  | "inspection_label"
  | "dog_inspection"
  | "vehicle_owner_contact"
  | "special_trade_employee";

export type IssueDocumentParams = {
  kind: DocumentKind;
  /** What the document is about, e.g. "application" and the application's id. */
  subjectType: string;
  subjectId: string;
  title: string;
  /** Printed in full on the PDF, which only the holder and authorised officers can download. */
  holderName: string;
  /** Shown on the public verify page instead (server/crypto/mask.ts maskName). */
  holderNameMasked: string;
  /** Public: anyone with the code sees these. Mask ID numbers and phones before they get here. */
  facts: DocumentFact[];
  issuingUnitId: number;
  /** The officer who completed the work; null when the platform issues on its own (automatic approval). */
  issuedBy: string | null;
  /** The citizen who may download the PDF. */
  ownerId: string | null;
  ip?: string | null;
  correlationId?: string | null;
};

/** When the PDF is drawn: in the issuing transaction, or after it commits (see issueDocument). */
export type PdfTiming = "now" | "after_commit";
/** The PDF's blob, known at once unless it is drawn after the commit. */
export type IssuedPdf<T extends PdfTiming> = T extends "after_commit" ? null : string;

/** A page holds about this many rows; more would push the QR code off the paper. */
export const maxFacts = 12;
export const maxFactLength = 200;

/** A full mainland ID number or mobile number; the masked forms (`410105********2467`) do not match. */
const fullIdNumber = /(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/;
const fullMobile = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/;

/**
 * Records the document under a fresh verification code and, unless `pdf` is "after_commit", renders it and
 * stores the PDF as a blob owned by the citizen. Pass the transaction of the work that issues it: the row
 * commits with that work. The PDF object itself is written before the commit, so a rollback leaves an
 * unreferenced object behind.
 *
 * "after_commit" is for work that holds a lock others queue on (a submission holds the day's application
 * counter): the row commits with the decision, verifiable at once, and the caller draws the PDF after the
 * commit with drawDocumentsOf; the every-minute job draws any a crash left behind.
 */
export async function issueDocument<T extends PdfTiming = "now">(
  tx: Db,
  params: IssueDocumentParams & { pdf?: T },
): Promise<{ id: string; code: string; pdfBlobId: IssuedPdf<T> }> {
  assertPublicFacts(params);
  const id = randomUUID();
  const code = generateDocumentCode();
  const issuedAt = new Date();

  const deferred = params.pdf === "after_commit";
  const pdfBlobId = deferred
    ? null
    : await saveDocumentPdf(tx, {
        code,
        title: params.title,
        holderName: params.holderName,
        facts: params.facts,
        issuingUnitId: params.issuingUnitId,
        ownerId: params.ownerId,
        issuedAt,
      });

  await tx.insert(issuedDocuments).values({
    id,
    code,
    kind: params.kind,
    subjectType: params.subjectType,
    subjectId: params.subjectId,
    title: params.title,
    holderNameMasked: params.holderNameMasked,
    facts: params.facts,
    issuingUnitId: params.issuingUnitId,
    issuedBy: params.issuedBy,
    ownerId: params.ownerId,
    pdfBlobId,
    pendingHolderName: deferred ? params.holderName : null,
    issuedAt,
  });
  const [owner] = params.ownerId
    ? await tx.select({ idHash: users.idNumberHash }).from(users).where(eq(users.id, params.ownerId))
    : [];
  await recordAudit(tx, {
    actor: { id: params.issuedBy, orgUnitId: params.issuingUnitId },
    action: "document.issued",
    targetType: "issued_document",
    targetId: id,
    subjectIdHash: owner?.idHash,
    details: {
      kind: params.kind,
      subjectType: params.subjectType,
      subjectId: params.subjectId,
      ownerId: params.ownerId,
    },
    ip: params.ip,
    correlationId: params.correlationId,
  });
  return { id, code, pdfBlobId: pdfBlobId as IssuedPdf<T> };
}

/** Draws the document's page and stores it as a blob the holder owns. */
export async function saveDocumentPdf(
  tx: Db,
  p: {
    code: string;
    title: string;
    holderName: string;
    facts: DocumentFact[];
    issuingUnitId: number;
    ownerId: string | null;
    issuedAt: Date;
  },
): Promise<string> {
  const unit = await getIssuingUnitName(tx, { unitId: p.issuingUnitId });
  const pdf = await renderPdfOffThread({
    code: p.code,
    title: p.title,
    holderName: p.holderName,
    facts: p.facts,
    issuingUnitName: unit.name,
    issuedAt: p.issuedAt,
  });
  return saveBlob(tx, { ownerId: p.ownerId, purpose: "issued_document", contentType: "application/pdf", bytes: pdf });
}

/** Whatever is on the verify page is public: a caller that forgot to mask is a bug, so it fails loudly. */
function assertPublicFacts(params: IssueDocumentParams) {
  if (params.facts.length > maxFacts) throw new Error(`a document holds at most ${maxFacts} facts`);
  const shown = [params.title, params.holderNameMasked, ...params.facts.flatMap((f) => [f.label, f.labelEn, f.value])];
  for (const value of shown) {
    if (value.length > maxFactLength) throw new Error("a document fact is too long for the page");
    if (fullIdNumber.test(value) || fullMobile.test(value)) {
      throw new Error("a full ID number or phone number would be public on the verify page");
    }
  }
  if (params.holderNameMasked === params.holderName && [...params.holderName.trim()].length > 1) {
    throw new Error("holderNameMasked must be masked");
  }
}
