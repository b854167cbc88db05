import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noticeObjections, notices } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { clipSmsParam } from "@/server/notify/templates";
import { queueSms } from "@/server/notify/queue-sms";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadObjectionForActor } from "./load-objection-for-actor";

export type AnswerObjectionParams = {
  scope: Jurisdiction;
  objectionId: string;
  officerId: string;
  answer: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * The publishing unit's answer: stored for the citizen's 我的异议 and texted to the contact phone they gave,
 * in one transaction with the audit entry. An objection is answered once.
 */
export async function answerObjection(db: Db, p: AnswerObjectionParams): Promise<{ state: "answered" }> {
  const now = p.now ?? new Date();
  await db.transaction(async (tx) => {
    const objection = await loadObjectionForActor(tx, { scope: p.scope, objectionId: p.objectionId, lock: true });
    if (objection.state !== "open") throw new DomainError("OBJECTION_WRONG_STATE");
    const [notice] = await tx.select({ title: notices.title }).from(notices).where(eq(notices.id, objection.noticeId));
    if (!notice) throw new Error(`notice ${objection.noticeId} is gone`);
    await tx
      .update(noticeObjections)
      .set({ state: "answered", answer: p.answer, answeredBy: p.officerId, answeredAt: now, updatedAt: now })
      .where(eq(noticeObjections.id, objection.id));
    await queueSms(tx, {
      idempotencyKey: `notice-objection:${objection.id}:answered`,
      phone: decryptPii(objection.contactPhoneEnc),
      template: "notice_objection_answered",
      params: { title: clipSmsParam(notice.title) },
    });
    await recordAudit(tx, {
      actor: p.actor,
      action: "notices.objection_answered",
      targetType: "notice_objection",
      targetId: objection.id,
      details: { noticeId: objection.noticeId },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
  await kickSmsDispatch();
  return { state: "answered" };
}
