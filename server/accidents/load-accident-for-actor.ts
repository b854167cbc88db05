import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Accident, accidents } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

export const accidentOfficerRoles = ["traffic_officer"] as const;

/**
 * The accident, locked when a transaction is passed, if it happened in the officer's jurisdiction; an
 * attempt on another one is audited and refused.
 */
export async function loadAccidentForActor(
  db: Db,
  p: {
    scope: Jurisdiction;
    accidentId: string;
    action: string;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    lock?: boolean;
  },
): Promise<Accident> {
  const query = db.select().from(accidents).where(eq(accidents.id, p.accidentId));
  const [accident] = p.lock ? await query.for("update") : await query;
  if (!accident) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, accident.orgPath)) {
    await recordAudit(db, {
      actor: p.actor,
      action: p.action,
      targetType: "accident",
      targetId: accident.id,
      outcome: "denied",
      ip: p.ip,
      correlationId: p.correlationId,
    });
    throw new DomainError("OUT_OF_JURISDICTION");
  }
  return accident;
}
