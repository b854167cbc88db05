import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { uniqueViolation } from "@/db/unique-violation";
import { queueSlaRules, services } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import type { supervisedStates } from "./idle-deadline";

/**
 * Sets how long items of a state (of one service, or of all services when none is named) may sit idle
 * before the supervisor is alerted; hours null removes the rule (a service then follows the state's
 * default, a state without a default never alerts). Applies from the next SLA run. Audited.
 */
export async function setSlaRule(
  db: Db,
  p: {
    serviceCode: string | null;
    state: (typeof supervisedStates)[number];
    maxIdleHours: number | null;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<void> {
  try {
    await saveSlaRule(db, p);
  } catch (error) {
    // Two admins adding the same new rule at once: the partial unique index keeps one, the other reloads.
    if (uniqueViolation(error) === null) throw error;
    throw new DomainError("CONFLICT");
  }
}

async function saveSlaRule(db: Db, p: Parameters<typeof setSlaRule>[1]): Promise<void> {
  await db.transaction(async (tx) => {
    const [service] = p.serviceCode
      ? await tx.select({ id: services.id }).from(services).where(eq(services.code, p.serviceCode))
      : [];
    if (p.serviceCode && !service) throw new DomainError("BAD_INPUT", {}, { serviceCode: "SLA_SERVICE_UNKNOWN" });
    const which = and(
      eq(queueSlaRules.state, p.state),
      service ? eq(queueSlaRules.serviceId, service.id) : isNull(queueSlaRules.serviceId),
    );
    const [before] = await tx.select().from(queueSlaRules).where(which).for("update");
    if (p.maxIdleHours === null) {
      await tx.delete(queueSlaRules).where(which);
    } else if (before) {
      await tx.update(queueSlaRules).set({ maxIdleHours: p.maxIdleHours }).where(eq(queueSlaRules.id, before.id));
    } else {
      await tx
        .insert(queueSlaRules)
        .values({ serviceId: service?.id ?? null, state: p.state, maxIdleHours: p.maxIdleHours });
    }
    await recordAudit(tx, {
      actor: p.actor,
      action: "sla.rule_changed",
      targetType: "sla_rule",
      targetId: `${p.serviceCode ?? "*"}:${p.state}`,
      details: { before: before?.maxIdleHours ?? null, after: p.maxIdleHours },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
}
