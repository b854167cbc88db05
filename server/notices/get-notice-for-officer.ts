import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noticeObjections, orgUnits, services, users } from "@/db/schema";
import { type AuditActor, recordAuditPerSubject } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { maskName, maskPhone } from "@/server/crypto/mask";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadNoticeForActor } from "./load-notice-for-actor";

type Params = {
  scope: Jurisdiction;
  noticeId: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * A notice for the desk: its text, who drafted and approved it, and its objections with each objector masked
 * (enough to recognise a caller). Reading objections is reading citizens' data: audited under each of them.
 */
export async function getNoticeForOfficer(db: Db, p: Params) {
  const notice = await loadNoticeForActor(db, { scope: p.scope, noticeId: p.noticeId });
  const people = [notice.draftedBy, notice.approvedBy, notice.withdrawnBy].filter((id): id is string => !!id);
  const [[service], [unit], staff, objections] = await Promise.all([
    db
      .select({ code: services.code, name: services.name, nameEn: services.nameEn })
      .from(services)
      .where(eq(services.id, notice.serviceId)),
    db
      .select({ name: orgUnits.name, nameEn: orgUnits.nameEn })
      .from(orgUnits)
      .where(eq(orgUnits.id, notice.publishingUnitId)),
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people)),
    db
      .select({
        id: noticeObjections.id,
        state: noticeObjections.state,
        body: noticeObjections.body,
        dueAt: noticeObjections.dueAt,
        answer: noticeObjections.answer,
        answeredAt: noticeObjections.answeredAt,
        createdAt: noticeObjections.createdAt,
        contactPhoneEnc: noticeObjections.contactPhoneEnc,
        citizenName: users.name,
        idNumberHash: users.idNumberHash,
      })
      .from(noticeObjections)
      .innerJoin(users, eq(users.id, noticeObjections.citizenId))
      .where(eq(noticeObjections.noticeId, notice.id))
      .orderBy(asc(noticeObjections.createdAt)),
  ]);
  if (!service || !unit) throw new Error(`notice ${notice.id} lost its service or unit`);
  if (objections.length) {
    await recordAuditPerSubject(
      db,
      {
        actor: p.actor,
        action: "notices.objections_viewed",
        targetType: "notice",
        targetId: notice.id,
        ip: p.ip,
        correlationId: p.correlationId,
      },
      objections.map((o) => o.idNumberHash),
    );
  }
  const nameOf = (id: string | null) => staff.find((s) => s.id === id)?.name ?? null;
  return {
    id: notice.id,
    title: notice.title,
    body: notice.body,
    state: notice.state,
    periodStart: notice.periodStart,
    periodEnd: notice.periodEnd,
    returnReason: notice.returnReason,
    withdrawReason: notice.withdrawReason,
    service,
    unit,
    draftedBy: { id: notice.draftedBy, name: nameOf(notice.draftedBy) },
    approvedBy: nameOf(notice.approvedBy),
    approvedAt: notice.approvedAt,
    objections: objections.map(({ contactPhoneEnc, citizenName, idNumberHash: _hash, ...o }) => ({
      ...o,
      citizen: maskName(citizenName),
      phone: maskPhone(decryptPii(contactPhoneEnc)),
    })),
  };
}
