import "server-only";
import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { functions } from "@/inngest";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { runRequestedEvent } from "./events";
import { scheduledFunctions } from "./scheduled-functions";
import { sendEvent } from "./send-event";

/**
 * An administrator starts a scheduled function now, through its run-requested event (Inngest or the
 * in-process runner alike). Requests within the same minute share an event id, which Inngest and the
 * runner ignore the second time: so a repeated request in that minute is answered `started: false`
 * (the run already under way) rather than pretending to start another. Audited when it starts one.
 */
export async function runJobNow(
  db: Db,
  p: { functionId: string; actor: AuditActor; ip?: string | null; correlationId?: string | null; now?: Date },
): Promise<{ functionId: string; started: boolean }> {
  const fn = scheduledFunctions(functions).find((f) => f.id === p.functionId);
  if (!fn) throw new DomainError("NOT_FOUND");
  const minute = Math.floor((p.now ?? new Date()).getTime() / 60_000);
  const eventId = `run-now:${fn.id}:${minute}`;
  const [earlier] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "jobs.run_requested"),
        // Event ids are remembered for a day; older entries cannot hold this minute's id.
        gte(auditLog.at, sql`now() - interval '1 day'`),
        eq(auditLog.targetId, fn.id),
        sql`${auditLog.details}->>'eventId' = ${eventId}`,
      ),
    )
    .limit(1);
  if (earlier) return { functionId: fn.id, started: false };
  await recordAudit(db, {
    actor: p.actor,
    action: "jobs.run_requested",
    targetType: "job",
    targetId: fn.id,
    details: { eventId },
    ip: p.ip,
    correlationId: p.correlationId,
  });
  await sendEvent({ name: runRequestedEvent(fn.id), id: eventId });
  return { functionId: fn.id, started: true };
}
