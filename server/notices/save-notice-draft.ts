import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notices, orgUnits, services } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import type { ChinaDay } from "@/server/dates/china-time-zone";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { assertNoticeFitsBoard } from "./assert-notice-fits-board";
import { loadNoticeForActor } from "./load-notice-for-actor";
import { noticePeriod } from "./notice-period";

export type SaveNoticeDraftParams = {
  scope: Jurisdiction;
  officerId: string;
  /** Absent: a new draft of the officer's own unit. */
  noticeId?: string;
  serviceCode: string;
  title: string;
  body: string;
  firstDay: ChinaDay;
  lastDay: ChinaDay;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * Creates or edits a draft. The publishing unit is the drafter's own unit, and it must be one the board's
 * configuration names as a publisher, for a period the board allows; only a draft can be edited (a notice sent
 * for approval comes back through "return", a published one is withdrawn, never changed).
 */
export async function saveNoticeDraft(db: Db, p: SaveNoticeDraftParams): Promise<{ id: string }> {
  const now = p.now ?? new Date();
  const period = noticePeriod(p.firstDay, p.lastDay, now);
  const [service] = await db
    .select({ id: services.id, config: services.notice })
    .from(services)
    .where(and(eq(services.code, p.serviceCode), eq(services.kind, "notice")));
  if (!service) throw new DomainError("NOT_FOUND");
  return db.transaction(async (tx) => {
    if (p.noticeId) {
      const notice = await loadNoticeForActor(tx, { scope: p.scope, noticeId: p.noticeId, lock: true });
      if (notice.state !== "draft") throw new DomainError("NOTICE_NOT_EDITABLE");
      const [unit] = await tx
        .select({ unitType: orgUnits.unitType })
        .from(orgUnits)
        .where(eq(orgUnits.id, notice.publishingUnitId));
      if (!unit) throw new Error("saveNoticeDraft: the publishing unit is missing");
      assertNoticeFitsBoard(service.config, { unitType: unit.unitType, ...period });
      await tx
        .update(notices)
        .set({ serviceId: service.id, title: p.title, body: p.body, ...period, updatedAt: now })
        .where(eq(notices.id, notice.id));
      await recordAudit(tx, {
        actor: p.actor,
        action: "notices.edited",
        targetType: "notice",
        targetId: notice.id,
        details: { service: p.serviceCode },
        ip: p.ip,
        correlationId: p.correlationId,
      });
      return { id: notice.id };
    }
    const [unit] = await tx
      .select({ id: orgUnits.id, path: orgUnits.path, unitType: orgUnits.unitType })
      .from(orgUnits)
      .where(eq(orgUnits.id, p.scope.unitId));
    if (!unit) throw new DomainError("FORBIDDEN");
    assertNoticeFitsBoard(service.config, { unitType: unit.unitType, ...period });
    const [row] = await tx
      .insert(notices)
      .values({
        serviceId: service.id,
        publishingUnitId: unit.id,
        publishingPath: unit.path,
        title: p.title,
        body: p.body,
        ...period,
        draftedBy: p.officerId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: notices.id });
    if (!row) throw new Error("saveNoticeDraft: no row returned");
    await recordAudit(tx, {
      actor: p.actor,
      action: "notices.drafted",
      targetType: "notice",
      targetId: row.id,
      details: { service: p.serviceCode, unitId: unit.id },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: row.id };
  });
}
