import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type CaseNodeKind, type CoerciveMeasure, caseNodes, caseQueryPersons } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { caseNodeSmsLabel } from "./case-node-labels";
import { loadCaseForActor } from "./load-case-for-actor";

export type AddCaseNodeParams = {
  scope: Jurisdiction;
  caseId: string;
  kind: CaseNodeKind;
  /** Which coercive measure: required for that kind, refused for the others. */
  measure?: CoerciveMeasure | null;
  /** YYYY-MM-DD, China calendar. */
  occurredOn: string;
  /** Shown to every query person as it stands. */
  remark: string;
  recordedBy: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * Records one step of the case's progress and texts every query person who is not revoked that there is
 * news (the SMS names only the step; the details are behind the query).
 */
export async function addCaseNode(db: Db, p: AddCaseNodeParams): Promise<{ id: string; notified: number }> {
  const now = p.now ?? new Date();
  const fields: Record<string, string> = {};
  const measure = p.kind === "coercive_measure" ? (p.measure ?? null) : null;
  if (p.kind === "coercive_measure" && !measure) fields.measure = "form.option";
  if (p.kind !== "coercive_measure" && p.measure) fields.measure = "form.option";
  if (p.occurredOn > chinaToday(now)) fields.occurredOn = "form.dateNotPast";
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  const result = await db.transaction(async (tx) => {
    const theCase = await loadCaseForActor(tx, { scope: p.scope, caseId: p.caseId, lock: true });
    const [node] = await tx
      .insert(caseNodes)
      .values({
        caseId: theCase.id,
        kind: p.kind,
        measure,
        occurredOn: p.occurredOn,
        remark: p.remark.trim(),
        recordedBy: p.recordedBy,
        createdAt: now,
      })
      .returning({ id: caseNodes.id });
    if (!node) throw new Error("addCaseNode: no row returned");
    const persons = await tx
      .select({ id: caseQueryPersons.id, phoneEnc: caseQueryPersons.phoneEnc })
      .from(caseQueryPersons)
      .where(and(eq(caseQueryPersons.caseId, theCase.id), isNull(caseQueryPersons.revokedAt)));
    const label = caseNodeSmsLabel(p.kind, measure);
    for (const person of persons) {
      await queueSms(tx, {
        idempotencyKey: `case_progress:${node.id}:${person.id}`,
        phone: decryptPii(person.phoneEnc),
        template: "case_progress",
        params: { node: label },
      });
    }
    await recordAudit(tx, {
      actor: p.actor,
      action: "cases.node_added",
      targetType: "case",
      targetId: theCase.id,
      details: { nodeId: node.id, kind: p.kind, measure, occurredOn: p.occurredOn, notified: persons.length },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: node.id, notified: persons.length };
  });
  if (result.notified) await kickSmsDispatch();
  return result;
}
