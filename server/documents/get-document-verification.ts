import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type DocumentFact, issuedDocuments } from "@/db/schema";
import { normaliseDocumentCode } from "./document-code";
import { getIssuingUnitName } from "./get-issuing-unit-name";

export type DocumentVerification =
  | { status: "not_found"; code: string | null }
  | {
      status: "valid" | "revoked";
      /** As printed on the paper, so the reader can compare. */
      code: string;
      title: string;
      kind: string;
      holderNameMasked: string;
      issuingUnitName: string;
      issuingUnitNameEn: string | null;
      issuedAt: Date;
      /** The document's own details (address, 户号, birth date…): only for its holder, signed in. */
      facts: DocumentFact[];
      viewerIsHolder: boolean;
      revokedAt: Date | null;
      revokeReason: string | null;
    };

/**
 * What the public verify page may tell anyone holding the paper: whether the code belongs to a document
 * and whether it still counts, with what checking it needs (kind, masked holder, issuing unit, date).
 * The code travels with the paper and may be seen by anyone the paper was shown to, so the document's
 * details go only to its holder, signed in. Never the holder's full name or the PDF.
 */
export async function getDocumentVerification(
  db: Db,
  code: string,
  viewerId: string | null = null,
): Promise<DocumentVerification> {
  const normalised = normaliseDocumentCode(code);
  if (!normalised) return { status: "not_found", code: null };
  const [row] = await db
    .select({
      code: issuedDocuments.code,
      title: issuedDocuments.title,
      kind: issuedDocuments.kind,
      holderNameMasked: issuedDocuments.holderNameMasked,
      issuingUnitId: issuedDocuments.issuingUnitId,
      issuedAt: issuedDocuments.issuedAt,
      facts: issuedDocuments.facts,
      ownerId: issuedDocuments.ownerId,
      status: issuedDocuments.status,
      revokedAt: issuedDocuments.revokedAt,
      revokeReason: issuedDocuments.revokeReason,
    })
    .from(issuedDocuments)
    .where(eq(issuedDocuments.code, normalised));
  if (!row) return { status: "not_found", code: normalised };
  const unit = await getIssuingUnitName(db, { unitId: row.issuingUnitId });
  const viewerIsHolder = viewerId !== null && row.ownerId === viewerId;
  return {
    status: row.status,
    code: row.code,
    title: row.title,
    kind: row.kind,
    holderNameMasked: row.holderNameMasked,
    issuingUnitName: unit.name,
    issuingUnitNameEn: unit.nameEn,
    issuedAt: row.issuedAt,
    facts: viewerIsHolder ? row.facts : [],
    viewerIsHolder,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
  };
}
