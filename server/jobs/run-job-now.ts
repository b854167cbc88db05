import type { Db } from "@/db/client";
import { functions } from "@/inngest";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { runRequestedEvent } from "./events";
import { scheduledFunctions } from "./scheduled-functions";
import { sendEvent } from "./send-event";

/**
 * An administrator starts a scheduled function now, through its run-requested event (Inngest or the
 * in-process runner alike). Requests within the same minute share an event id, so a double click starts
 * one run; the functions are idempotent anyway. Audited.
 */
export async function runJobNow(
  db: Db,
  p: { functionId: string; actor: AuditActor; ip?: string | null; correlationId?: string | null; now?: Date },
): Promise<{ functionId: string }> {
  const fn = scheduledFunctions(functions).find((f) => f.id === p.functionId);
  if (!fn) throw new DomainError("NOT_FOUND");
  const minute = Math.floor((p.now ?? new Date()).getTime() / 60_000);
  await recordAudit(db, {
    actor: p.actor,
    action: "jobs.run_requested",
    targetType: "job",
    targetId: fn.id,
    ip: p.ip,
    correlationId: p.correlationId,
  });
  await sendEvent({ name: runRequestedEvent(fn.id), id: `run-now:${fn.id}:${minute}` });
  return { functionId: fn.id };
}
