import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, orgUnits, users } from "@/db/schema";
import { maskAccount } from "@/server/accounts/mask-account";
import { maskName } from "@/server/crypto/mask";
import { type AuditActor, recordAudit } from "./record-audit";

export const auditPageSize = 25;

export type AuditEntryRow = {
  id: number;
  at: Date;
  actor: {
    maskedName: string | null;
    maskedAccount: string | null;
    role: string | null;
    unit: { code: string; name: string; nameEn: string | null } | null;
  } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** The keyed hash of the person whose data was touched: lets the console filter by them, reveals nothing. */
  subject: string | null;
  outcome: string;
  /** Masked when written. */
  details: Record<string, unknown> | null;
  ip: string | null;
};

export type AuditEntryList = { rows: AuditEntryRow[]; total: number; page: number; pageSize: number };

export type ListAuditEntriesParams = {
  action?: string;
  subject?: string;
  page: number;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * The newest audit entries, optionally for one action or one person, a page at a time. Reading the audit
 * log is itself a read of personal data, so the view is recorded too (against the person filtered by).
 */
export async function listAuditEntries(db: Db, params: ListAuditEntriesParams): Promise<AuditEntryList> {
  const conditions: SQL[] = [];
  if (params.action) conditions.push(eq(auditLog.action, params.action));
  if (params.subject) conditions.push(eq(auditLog.subjectIdHash, params.subject));
  const where = conditions.length ? and(...conditions) : undefined;

  return db.transaction(async (tx) => {
    const [counted] = await tx.select({ n: count() }).from(auditLog).where(where);
    const rows = await tx
      .select({
        entry: auditLog,
        actorName: users.name,
        actorAccount: users.account,
        unitCode: orgUnits.code,
        unitName: orgUnits.name,
        unitNameEn: orgUnits.nameEn,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .leftJoin(orgUnits, eq(orgUnits.id, auditLog.actorOrgUnitId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(auditPageSize)
      .offset((params.page - 1) * auditPageSize);
    await recordAudit(tx, {
      actor: params.actor,
      action: "audit.viewed",
      subjectIdHash: params.subject ?? null,
      details: { action: params.action ?? null, bySubject: !!params.subject, page: params.page },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return {
      total: counted?.n ?? 0,
      page: params.page,
      pageSize: auditPageSize,
      rows: rows.map(({ entry, actorName, actorAccount, unitCode, unitName, unitNameEn }) => ({
        id: entry.id,
        at: entry.at,
        actor: entry.actorId
          ? {
              maskedName: actorName ? maskName(actorName) : null,
              maskedAccount: actorAccount ? maskAccount(actorAccount) : null,
              role: entry.actorRole,
              unit: unitCode && unitName ? { code: unitCode, name: unitName, nameEn: unitNameEn } : null,
            }
          : null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        subject: entry.subjectIdHash,
        outcome: entry.outcome,
        details: entry.details,
        ip: entry.ip,
      })),
    };
  });
}
