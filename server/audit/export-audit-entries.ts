import type { Db } from "@/db/client";
import type { AuditFilter } from "./audit-filter";
import { describeAuditFilter } from "./audit-filter";
import { type AuditEntryRow, selectAuditEntries, toEntryRow } from "./list-audit-entries";
import { type AuditActor, recordAudit } from "./record-audit";

/** A download is for an investigation, not a backup: the archive job covers bulk copies. */
export const auditExportLimit = 10_000;

export type AuditExport = { rows: AuditEntryRow[]; truncated: boolean };

/**
 * The entries matching the filter, newest first, up to the export limit, masked as on screen. The export
 * is recorded against the person filtered by, like a view.
 */
export async function exportAuditEntries(
  db: Db,
  p: { filter: AuditFilter; actor: AuditActor; ip?: string | null; correlationId?: string | null },
): Promise<AuditExport> {
  return db.transaction(async (tx) => {
    const rows = await selectAuditEntries(tx, p.filter, { limit: auditExportLimit + 1, offset: 0 });
    const truncated = rows.length > auditExportLimit;
    const kept = rows.slice(0, auditExportLimit).map(toEntryRow);
    await recordAudit(tx, {
      actor: p.actor,
      action: "audit.exported",
      subjectIdHash: p.filter.subject ?? null,
      details: { ...describeAuditFilter(p.filter), rows: kept.length, truncated },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { rows: kept, truncated };
  });
}
