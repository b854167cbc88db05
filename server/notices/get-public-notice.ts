import "server-only";
import { and, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notices, orgUnits, services } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { readNoticeConfig } from "./notice-config";
import { inNoticePeriod } from "./notice-period";

/**
 * One notice as the public reads it: once its period has begun, during and after it (the archive), never a
 * draft, a notice awaiting approval or a withdrawn one. Nothing personal, so the page can be cached. Whether its
 * board takes objections at all is the board's configuration; they are open only during the period.
 */
export async function getPublicNotice(db: Db, id: string, now: Date = new Date()) {
  const [row] = await db
    .select({
      id: notices.id,
      title: notices.title,
      body: notices.body,
      state: notices.state,
      periodStart: notices.periodStart,
      periodEnd: notices.periodEnd,
      approvedAt: notices.approvedAt,
      service: { code: services.code, name: services.name, nameEn: services.nameEn },
      config: services.notice,
      unit: { name: orgUnits.name, nameEn: orgUnits.nameEn, address: orgUnits.address, phone: orgUnits.phone },
    })
    .from(notices)
    .innerJoin(services, eq(services.id, notices.serviceId))
    .innerJoin(orgUnits, eq(orgUnits.id, notices.publishingUnitId))
    .where(
      and(
        eq(notices.id, id),
        inArray(notices.state, ["published", "expired", "archived"]),
        lte(notices.periodStart, now),
      ),
    );
  if (!row) throw new DomainError("NOT_FOUND");
  const { state, config, ...notice } = row;
  const current = state === "published" && inNoticePeriod(row, now);
  const objectionsTaken = readNoticeConfig(config)?.objections === true;
  return { ...notice, current, objectionsTaken, objectionsOpen: current && objectionsTaken };
}
