import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { uniqueViolation } from "@/db/unique-violation";
import { type TravelDocument, travelDocuments } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskDocumentNumber } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadHolder } from "./load-holder";

/** Letters and digits as printed on the document's data page (E12345678, C12345678, L1234567). */
export const documentNumberPattern = /^[A-Z][A-Z0-9]{6,11}$/;

export type RecordTravelDocumentParams = {
  scope: Jurisdiction;
  residentId: string;
  type: TravelDocument["type"];
  documentNumber: string;
  issueDate: string;
  expiryDate: string;
  issuingAuthority: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * An exit-entry officer records a newly issued document for a holder registered in their jurisdiction.
 * A person holds one valid document of each type: the one it replaces is cancelled in the same
 * transaction, and the new document (its own id and expiry date) gets its own reminder in time.
 */
export async function recordTravelDocument(db: Db, p: RecordTravelDocumentParams): Promise<{ id: string }> {
  const documentNumber = p.documentNumber.trim().toUpperCase();
  const fields: Record<string, string> = {};
  if (!documentNumberPattern.test(documentNumber)) fields.documentNumber = "exitEntry.documentNumberInvalid";
  if (p.expiryDate <= p.issueDate) fields.expiryDate = "exitEntry.expiryBeforeIssue";
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  try {
    return await insertTravelDocument(db, p, documentNumber);
  } catch (error) {
    // The same number recorded by two officers at once: the unique index keeps one, the other is told as above.
    if (uniqueViolation(error) !== "travel_documents_type_document_number_index") throw error;
    throw new DomainError("BAD_INPUT", {}, { documentNumber: "exitEntry.documentNumberTaken" });
  }
}

async function insertTravelDocument(
  db: Db,
  p: RecordTravelDocumentParams,
  documentNumber: string,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const holder = await loadHolder(tx, { residentId: p.residentId, scope: p.scope });
    const [taken] = await tx
      .select({ id: travelDocuments.id })
      .from(travelDocuments)
      .where(and(eq(travelDocuments.type, p.type), eq(travelDocuments.documentNumber, documentNumber)));
    if (taken) throw new DomainError("BAD_INPUT", {}, { documentNumber: "exitEntry.documentNumberTaken" });

    const replaced = await tx
      .update(travelDocuments)
      .set({ status: "cancelled" })
      .where(
        and(
          eq(travelDocuments.residentId, holder.id),
          eq(travelDocuments.type, p.type),
          eq(travelDocuments.status, "valid"),
        ),
      )
      .returning({ id: travelDocuments.id });
    const [row] = await tx
      .insert(travelDocuments)
      .values({
        residentId: holder.id,
        type: p.type,
        documentNumber,
        issueDate: p.issueDate,
        expiryDate: p.expiryDate,
        issuingAuthority: p.issuingAuthority.trim(),
      })
      .returning({ id: travelDocuments.id });
    if (!row) throw new Error("recordTravelDocument: insert returned nothing");
    await recordAudit(tx, {
      actor: p.actor,
      action: "exit_entry.document_recorded",
      targetType: "travel_document",
      targetId: row.id,
      subjectIdHash: holder.idNumberHash,
      details: {
        type: p.type,
        number: maskDocumentNumber(documentNumber),
        expiryDate: p.expiryDate,
        replaced: replaced.map((r) => r.id),
      },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: row.id };
  });
}
