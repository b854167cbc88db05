import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceVersions, services } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { dedicatedServicePages } from "@/server/applications/dedicated-service-pages";
import { DomainError } from "@/server/errors";
import { diffService, type FieldChange, type ServiceState } from "./diff-service";
import { serviceSearchKeys } from "./service-search-keys";

export type ServiceChangeParams = {
  code: string;
  /** The version the admin's form was loaded with: a save on top of someone else's is refused. */
  expectedVersion: number;
  change: (current: ServiceState) => ServiceState;
  action: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

export type ServiceChangeResult = { version: number; changes: FieldChange[] };

/**
 * The one way an admin's edit reaches a service: under a row lock, refuse a stale version, store the new
 * state with a version snapshot listing each changed field and who changed it, and audit it — all in one
 * transaction. A save that changes nothing writes nothing.
 */
export async function applyServiceChange(db: Db, p: ServiceChangeParams): Promise<ServiceChangeResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(services).where(eq(services.code, p.code)).for("update");
    if (!row) throw new DomainError("NOT_FOUND");
    if (row.version !== p.expectedVersion) throw new DomainError("CONFLICT");
    const current: ServiceState = {
      name: row.name,
      nameEn: row.nameEn,
      summary: row.summary,
      synonyms: row.synonyms,
      enabled: row.enabled,
      maintenance: row.maintenance,
      guide: row.guide,
      mode: row.mode,
      formSchema: row.formSchema,
      engine: row.engine,
      query: row.query,
      notice: row.notice,
    };
    const next = p.change(current);
    const changes = diffService(current, next);
    if (changes.length === 0) return { version: row.version, changes };
    // Checked on every change, not only the switch itself: citizens must never meet an online service
    // whose guide leads to no form, a query that answers from no register, or a board nobody may publish on.
    const handleIncomplete =
      row.kind === "handle" && !dedicatedServicePages[row.code] && (!next.formSchema || !next.engine);
    const queryIncomplete = row.kind === "query" && !next.query;
    const noticeIncomplete = row.kind === "notice" && !next.notice;
    if (next.enabled && (handleIncomplete || queryIncomplete || noticeIncomplete))
      throw new DomainError("SERVICE_CONFIG_INCOMPLETE");

    const version = row.version + 1;
    const updated = await tx
      .update(services)
      .set({ ...next, ...serviceSearchKeys(next), version: sql`${services.version} + 1` })
      .where(and(eq(services.id, row.id), eq(services.version, row.version)))
      .returning({ version: services.version });
    if (updated[0]?.version !== version) throw new DomainError("CONFLICT");
    await tx.insert(serviceVersions).values({
      serviceId: row.id,
      version,
      snapshot: next as unknown as Record<string, unknown>,
      changes,
      changedBy: p.actor.id,
    });
    await recordAudit(tx, {
      actor: p.actor,
      action: p.action,
      targetType: "service",
      targetId: row.code,
      details: { version, fields: changes.map((c) => c.field) },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { version, changes };
  });
}
