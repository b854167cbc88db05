import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { escapeControlCharacters, escapeControlCharactersDeep } from "@/server/security/control-characters";

export type AuditActor = { id: string | null; role?: string | null; orgUnitId?: number | null };

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  targetType?: string;
  targetId?: string;
  /** Keyed hash of the ID number whose personal data this touched. */
  subjectIdHash?: string | null;
  outcome?: "ok" | "denied" | "failed";
  /** Already masked: never put a full ID number or phone here. */
  details?: Record<string, unknown>;
  ip?: string | null;
  correlationId?: string | null;
};

/** Text that came from a request has its control characters written out, so no input can make the entry fail. */
function rowOf(entry: AuditEntry) {
  return {
    actorId: entry.actor.id,
    actorRole: entry.actor.role ?? null,
    actorOrgUnitId: entry.actor.orgUnitId ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId === undefined ? undefined : escapeControlCharacters(entry.targetId),
    subjectIdHash: entry.subjectIdHash ?? null,
    outcome: entry.outcome ?? "ok",
    details: entry.details === undefined ? undefined : escapeControlCharactersDeep(entry.details),
    ip: entry.ip ?? null,
    correlationId: entry.correlationId ?? null,
  };
}

/** Appends one row; pass the transaction so the audit entry commits or rolls back with the change. */
export async function recordAudit(db: Db, entry: AuditEntry) {
  await db.insert(auditLog).values(rowOf(entry));
}

/**
 * Appends the entry once per person whose data it touched (a list of bookings, a case's parties), so each
 * of them finds it under "谁查看了我的信息"; touching nobody's data (an empty list) is still recorded once.
 */
export async function recordAuditPerSubject(
  db: Db,
  entry: Omit<AuditEntry, "subjectIdHash">,
  subjectIdHashes: readonly (string | null | undefined)[],
) {
  const subjects = [...new Set(subjectIdHashes.filter((h): h is string => !!h))];
  await db
    .insert(auditLog)
    .values((subjects.length ? subjects : [null]).map((subjectIdHash) => rowOf({ ...entry, subjectIdHash })));
}
