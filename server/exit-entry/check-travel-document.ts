import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { residents, type TravelDocument, travelDocuments } from "@/db/schema";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import { normaliseName } from "@/server/population/normalise-name";
import { rateLimit } from "@/server/security/rate-limit";

/** Per address: enough for a hotel desk or an employer checking a few papers. */
export const travelDocumentCheckRule = { limit: 20, windowSeconds: 600 } as const;
/**
 * Per document number, from any address: someone holding a number cannot try names until one fits,
 * even from many addresses.
 */
export const travelDocumentNumberRule = { limit: 5, windowSeconds: 3600 } as const;

/** Named as the query engine names a public 查询's answers, so the holder's "谁查看了我的信息" lists it. */
export const travelDocumentCheckedAction = "query.public.CR029";

export type TravelDocumentCheck =
  /** No document with that number is held by a person of that name: the same answer for either mismatch. */
  { status: "not_found" } | { status: "valid" | "expired" | "cancelled" | "lost"; type: TravelDocument["type"] };

/** Document numbers as printed: E12345678, C12345678; people type them in lower case or with spaces. */
export function normaliseTravelDocumentNumber(typed: string): string {
  return typed.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/**
 * 出入境证件真伪核验: anyone holding a passport or permit number and its holder's name learns whether the
 * document is valid, reported lost, cancelled or expired — and nothing else about the holder. A wrong name
 * answers exactly like an unknown number, so the check cannot be used to find out whose a number is. A
 * match is audited under the holder and appears in their "谁查看了我的信息".
 */
export async function checkTravelDocument(
  db: Db,
  p: { documentNumber: string; name: string; trail: AuditTrail; now?: Date },
): Promise<TravelDocumentCheck> {
  const now = p.now ?? new Date();
  const number = normaliseTravelDocumentNumber(p.documentNumber);
  const byAddress = await rateLimit(
    db,
    { key: `travel-document-check:ip:${p.trail.ip ?? "unknown"}`, ...travelDocumentCheckRule },
    now,
  );
  const byNumber = byAddress.allowed
    ? await rateLimit(
        db,
        { key: `travel-document-check:number:${hashPii("code", number)}`, ...travelDocumentNumberRule },
        now,
      )
    : byAddress;
  if (!byNumber.allowed) throw new DomainError("RATE_LIMITED", { seconds: byNumber.retryAfterSeconds });

  const rows = await db
    .select({
      id: travelDocuments.id,
      type: travelDocuments.type,
      status: travelDocuments.status,
      expiryDate: travelDocuments.expiryDate,
      name: residents.name,
      subjectIdHash: residents.idNumberHash,
    })
    .from(travelDocuments)
    .innerJoin(residents, eq(residents.id, travelDocuments.residentId))
    .where(eq(travelDocuments.documentNumber, number));
  const name = normaliseName(p.name);
  const match = rows.find((r) => normaliseName(r.name) === name);
  if (!match) return { status: "not_found" };
  const status = match.status === "valid" && match.expiryDate < chinaToday(now) ? "expired" : match.status;
  await recordAudit(db, {
    ...p.trail,
    action: travelDocumentCheckedAction,
    targetType: "travel_document",
    targetId: match.id,
    subjectIdHash: match.subjectIdHash,
    details: { status },
  });
  return { status, type: match.type };
}
