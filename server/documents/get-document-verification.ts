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
      facts: DocumentFact[];
      revokedAt: Date | null;
      revokeReason: string | null;
    };

/**
 * What the public verify page may tell anyone holding the paper: whether the code belongs to a document
 * and whether it still counts, with its public facts. Never the holder's full name or the PDF.
 */
export async function getDocumentVerification(db: Db, code: string): Promise<DocumentVerification> {
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
      status: issuedDocuments.status,
      revokedAt: issuedDocuments.revokedAt,
      revokeReason: issuedDocuments.revokeReason,
    })
    .from(issuedDocuments)
    .where(eq(issuedDocuments.code, normalised));
  if (!row) return { status: "not_found", code: normalised };
  const unit = await getIssuingUnitName(db, { unitId: row.issuingUnitId });
  return {
    status: row.status,
    code: row.code,
    title: row.title,
    kind: row.kind,
    holderNameMasked: row.holderNameMasked,
    issuingUnitName: unit.name,
    issuingUnitNameEn: unit.nameEn,
    issuedAt: row.issuedAt,
    facts: row.facts,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
  };
}
