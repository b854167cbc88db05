import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type TravelDocument, travelDocuments } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskDocumentNumber } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadHolder } from "./load-holder";

export type UpdateTravelDocumentParams = {
  scope: Jurisdiction;
  documentId: string;
  status: TravelDocument["status"];
  /** A corrected expiry date (an extension written into the document); unchanged when omitted. */
  expiryDate?: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * An exit-entry officer changes a document's status (reported lost, cancelled, expired) or corrects its
 * expiry date, for a holder registered in their jurisdiction. A new expiry date is a new reminder key, so
 * the holder is reminded again before it; a cancelled or lost document is never reminded. Audited.
 */
export async function updateTravelDocument(db: Db, p: UpdateTravelDocumentParams): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [doc] = await tx.select().from(travelDocuments).where(eq(travelDocuments.id, p.documentId)).for("update");
    if (!doc) throw new DomainError("NOT_FOUND");
    const holder = await loadHolder(tx, { residentId: doc.residentId, scope: p.scope });
    const expiryDate = p.expiryDate ?? doc.expiryDate;
    if (expiryDate <= doc.issueDate)
      throw new DomainError("BAD_INPUT", {}, { expiryDate: "exitEntry.expiryBeforeIssue" });
    await tx.update(travelDocuments).set({ status: p.status, expiryDate }).where(eq(travelDocuments.id, doc.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: "exit_entry.document_updated",
      targetType: "travel_document",
      targetId: doc.id,
      subjectIdHash: holder.idNumberHash,
      details: {
        type: doc.type,
        number: maskDocumentNumber(doc.documentNumber),
        status: [doc.status, p.status],
        expiryDate: [doc.expiryDate, expiryDate],
      },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: doc.id };
  });
}
