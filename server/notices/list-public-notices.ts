import "server-only";
import { and, asc, count, desc, eq, gt, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notices, orgUnits, services } from "@/db/schema";
import { columnUnder } from "@/server/orgs/scope";

export type PublicNoticeFilter = {
  /** Current: inside its period now. Archive: its period has ended (expired or archived since). */
  view: "current" | "archive";
  serviceCode?: string;
  /** A city's code (410100 郑州…): notices of units in that city. */
  cityCode?: string;
  /** Words to find in the title or the text. */
  q?: string;
  page?: number;
};

export const publicNoticePageSize = 20;

/**
 * The one visibility rule of the public boards, as SQL: approved notices only (published, or expired/archived
 * since), and by the period, tested here against `now` rather than left to the nightly job. Withdrawn
 * notices are never shown.
 */
export function publicNoticeVisible(view: PublicNoticeFilter["view"], now: Date): SQL {
  if (view === "current") {
    return and(eq(notices.state, "published"), lte(notices.periodStart, now), gt(notices.periodEnd, now)) as SQL;
  }
  return and(inArray(notices.state, ["published", "expired", "archived"]), lte(notices.periodEnd, now)) as SQL;
}

function matches(q: string): SQL {
  const needle = q.toLowerCase();
  return or(
    sql`strpos(lower(${notices.title}), ${needle}) > 0`,
    sql`strpos(lower(${notices.body}), ${needle}) > 0`,
  ) as SQL;
}

async function cityPathOf(db: Db, cityCode: string): Promise<string | null> {
  const [city] = await db
    .select({ path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.code, cityCode), eq(orgUnits.level, "city")));
  return city?.path ?? null;
}

/**
 * A page of public notices, newest period first, for anyone (no sign-in, nothing personal): the same answer
 * for every visitor, so the pages built on it can be cached.
 */
export async function listPublicNotices(db: Db, filter: PublicNoticeFilter, now: Date = new Date()) {
  const page = filter.page ?? 1;
  const cityPath = filter.cityCode ? await cityPathOf(db, filter.cityCode) : undefined;
  if (cityPath === null) return { items: [], total: 0, page, pageSize: publicNoticePageSize };
  const where = and(
    publicNoticeVisible(filter.view, now),
    filter.serviceCode ? eq(services.code, filter.serviceCode) : undefined,
    cityPath ? columnUnder(notices.publishingPath, cityPath) : undefined,
    filter.q ? matches(filter.q) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: notices.id,
        title: notices.title,
        body: notices.body,
        periodStart: notices.periodStart,
        periodEnd: notices.periodEnd,
        service: { code: services.code, name: services.name, nameEn: services.nameEn },
        unit: { name: orgUnits.name, nameEn: orgUnits.nameEn },
      })
      .from(notices)
      .innerJoin(services, eq(services.id, notices.serviceId))
      .innerJoin(orgUnits, eq(orgUnits.id, notices.publishingUnitId))
      .where(where)
      .orderBy(filter.view === "current" ? desc(notices.periodStart) : desc(notices.periodEnd), asc(notices.id))
      .limit(publicNoticePageSize)
      .offset((page - 1) * publicNoticePageSize),
    db.select({ n: count() }).from(notices).innerJoin(services, eq(services.id, notices.serviceId)).where(where),
  ]);
  return {
    items: rows.map(({ body, ...r }) => ({ ...r, excerpt: body.length > 90 ? `${body.slice(0, 89)}…` : body })),
    total: total?.n ?? 0,
    page,
    pageSize: publicNoticePageSize,
  };
}
