import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, services } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadNoticeForActor } from "./load-notice-for-actor";
import { readNoticeConfig } from "./notice-config";

/**
 * The boards a draft may be filed under: the enabled notice services whose configuration names the publishing
 * unit's type (the officer's own unit for a new draft, the draft's unit for an edit), each with the period it
 * allows and whether it takes objections, so the desk's form offers nothing saveNoticeDraft would refuse.
 */
export async function listDraftBoards(db: Db, p: { scope: Jurisdiction; noticeId?: string }) {
  const unitId = p.noticeId
    ? (await loadNoticeForActor(db, { scope: p.scope, noticeId: p.noticeId })).publishingUnitId
    : p.scope.unitId;
  const [unit] = await db.select({ unitType: orgUnits.unitType }).from(orgUnits).where(eq(orgUnits.id, unitId));
  if (!unit) throw new DomainError("FORBIDDEN");
  const rows = await db
    .select({ code: services.code, name: services.name, nameEn: services.nameEn, config: services.notice })
    .from(services)
    .where(and(eq(services.kind, "notice"), eq(services.enabled, true)))
    .orderBy(asc(services.code));
  return rows.flatMap(({ config: stored, ...board }) => {
    const config = readNoticeConfig(stored);
    return config?.publishers.includes(unit.unitType)
      ? [{ ...board, periodDays: config.periodDays, objections: config.objections }]
      : [];
  });
}
