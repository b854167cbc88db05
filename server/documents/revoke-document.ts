import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { issuedDocuments, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RevokeDocumentParams = {
  documentId: string;
  /** Shown on the public verify page: say why the paper no longer counts, nothing personal. */
  reason: string;
  actor: AuditActor & { id: string };
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * Voids an issued document: from now on its code verifies as revoked, with the reason. The PDF stays
 * downloadable for the record. Revoking twice is refused so the first reason and time are never lost.
 */
export async function revokeDocument(tx: Db, params: RevokeDocumentParams): Promise<{ revokedAt: Date }> {
  if (!uuid.test(params.documentId)) throw new DomainError("NOT_FOUND");
  const reason = params.reason.trim();
  if (!reason) throw new DomainError("BAD_INPUT");
  const revokedAt = new Date();
  const [row] = await tx
    .update(issuedDocuments)
    .set({ status: "revoked", revokedAt, revokeReason: reason })
    .where(and(eq(issuedDocuments.id, params.documentId), eq(issuedDocuments.status, "valid")))
    .returning({
      id: issuedDocuments.id,
      code: issuedDocuments.code,
      kind: issuedDocuments.kind,
      ownerId: issuedDocuments.ownerId,
    });
  if (!row) {
    const [existing] = await tx
      .select({ id: issuedDocuments.id })
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, params.documentId));
    throw new DomainError(existing ? "CONFLICT" : "NOT_FOUND");
  }
  const [owner] = row.ownerId
    ? await tx.select({ idHash: users.idNumberHash }).from(users).where(eq(users.id, row.ownerId))
    : [];
  await recordAudit(tx, {
    actor: params.actor,
    action: "document.revoked",
    targetType: "issued_document",
    targetId: row.id,
    subjectIdHash: owner?.idHash,
    details: { kind: row.kind, reason },
    ip: params.ip,
    correlationId: params.correlationId,
  });
  return { revokedAt };
}
