import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { households, orgUnits, residents, type TravelDocument, travelDocuments } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber, maskName } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";
import { idNumberProblem } from "@/server/population/id-number-problem";

export type HolderDocument = Pick<
  TravelDocument,
  "id" | "type" | "documentNumber" | "issueDate" | "expiryDate" | "status" | "issuingAuthority"
> & { daysLeft: number };

export type DocumentHolder = {
  residentId: string;
  maskedName: string;
  maskedIdNumber: string;
  documents: HolderDocument[];
};

/**
 * An exit-entry officer finds a person in the register by full ID number to record or update their
 * documents. Only people whose household is registered inside the officer's jurisdiction are shown;
 * every look-up is audited against the person, found or not, allowed or not.
 */
export async function findDocumentHolder(
  db: Db,
  p: {
    idNumber: string;
    scope: Jurisdiction;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<DocumentHolder | null> {
  const idNumber = p.idNumber.trim().toUpperCase();
  const problem = idNumberProblem(idNumber);
  if (problem) throw new DomainError("BAD_INPUT", {}, { idNumber: problem });
  const idHash = hashPii("id", idNumber);
  const [row] = await db
    .select({ resident: residents, path: orgUnits.path })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(eq(residents.idNumberHash, idHash));
  const allowed = !row || inScope(p.scope, row.path);
  await recordAudit(db, {
    actor: p.actor,
    action: "exit_entry.holder_lookup",
    targetType: row ? "resident" : undefined,
    targetId: row?.resident.id,
    subjectIdHash: idHash,
    outcome: allowed ? "ok" : "denied",
    details: { idNumber: maskIdNumber(idNumber), found: !!row },
    ip: p.ip,
    correlationId: p.correlationId,
  });
  if (!row) return null;
  if (!allowed) throw new DomainError("OUT_OF_JURISDICTION");

  const today = chinaToday(p.now);
  const documents = await db
    .select()
    .from(travelDocuments)
    .where(eq(travelDocuments.residentId, row.resident.id))
    .orderBy(asc(travelDocuments.type), asc(travelDocuments.expiryDate));
  return {
    residentId: row.resident.id,
    maskedName: maskName(row.resident.name),
    maskedIdNumber: maskIdNumber(idNumber),
    documents: documents.map((d) => ({
      id: d.id,
      type: d.type,
      documentNumber: d.documentNumber,
      issueDate: d.issueDate,
      expiryDate: d.expiryDate,
      status: d.status,
      issuingAuthority: d.issuingAuthority,
      daysLeft: daysUntil(d.expiryDate, today),
    })),
  };
}
