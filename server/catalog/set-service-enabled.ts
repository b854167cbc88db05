import type { Db } from "@/db/client";
import type { AuditActor } from "@/server/audit/record-audit";
import { applyServiceChange, type ServiceChangeResult } from "./apply-service-change";

/** Takes a service off the catalogue for citizens (or puts it back); versioned and audited like any edit. */
export async function setServiceEnabled(
  db: Db,
  p: {
    code: string;
    expectedVersion: number;
    enabled: boolean;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<ServiceChangeResult> {
  return applyServiceChange(db, {
    code: p.code,
    expectedVersion: p.expectedVersion,
    action: p.enabled ? "catalog.service_enabled" : "catalog.service_disabled",
    actor: p.actor,
    ip: p.ip,
    correlationId: p.correlationId,
    change: (current) => ({ ...current, enabled: p.enabled }),
  });
}
