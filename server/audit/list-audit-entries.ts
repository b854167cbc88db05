import "server-only";
import { count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, orgUnits, users } from "@/db/schema";
import { maskAccount } from "@/server/accounts/mask-account";
import { maskName } from "@/server/crypto/mask";
import { type AuditFilter, auditFilterConditions, describeAuditFilter } from "./audit-filter";
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

export type ListAuditEntriesParams = AuditFilter & {
  page: number;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

type JoinedEntry = {
  entry: typeof auditLog.$inferSelect;
  actorName: string | null;
  actorAccount: string | null;
  unitCode: string | null;
  unitName: string | null;
  unitNameEn: string | null;
};

/** The newest entries matching the filter, with the acting staff member and unit joined in; masked by toEntryRow. */
export function selectAuditEntries(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<JoinedEntry[]> {
  return db
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
    .where(auditFilterConditions(db, filter))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
}

export function toEntryRow({
  entry,
  actorName,
  actorAccount,
  unitCode,
  unitName,
  unitNameEn,
}: JoinedEntry): AuditEntryRow {
  return {
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
  };
}

/**
 * The newest audit entries matching the filter (action, person, actor, target, days), a page at a time.
 * Reading the audit log is itself a read of personal data, so the view is recorded too (against the
 * person filtered by).
 */
export async function listAuditEntries(db: Db, params: ListAuditEntriesParams): Promise<AuditEntryList> {
  const { page, actor, ip, correlationId, ...filter } = params;
  return db.transaction(async (tx) => {
    const [counted] = await tx.select({ n: count() }).from(auditLog).where(auditFilterConditions(tx, filter));
    const rows = await selectAuditEntries(tx, filter, { limit: auditPageSize, offset: (page - 1) * auditPageSize });
    await recordAudit(tx, {
      actor,
      action: "audit.viewed",
      subjectIdHash: filter.subject ?? null,
      details: { ...describeAuditFilter(filter), page },
      ip,
      correlationId,
    });
    return { total: counted?.n ?? 0, page, pageSize: auditPageSize, rows: rows.map(toEntryRow) };
  });
}
