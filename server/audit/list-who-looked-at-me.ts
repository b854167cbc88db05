import "server-only";
import { and, count, desc, eq, isNotNull, like, max, ne, not, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, orgUnits, users } from "@/db/schema";
import { type AccessPurpose, accessPurposeSql } from "./access-purpose";

export type LookedAtMe = {
  /** The hour (its start) in which it happened. */
  hour: Date;
  /** The latest time within that hour. */
  at: Date;
  /** The unit the staff member worked in; null for platform administrators, who belong to no unit. */
  unit: { code: string; name: string; nameEn: string | null } | null;
  /** What it was for, in plain language; the staff member's name is never given out. */
  purpose: AccessPurpose;
  /** How many recorded reads or steps of that unit, purpose and hour. */
  count: number;
};

export type WhoLookedAtMe = { entries: LookedAtMe[]; total: number; verified: boolean };

export const whoLookedAtMeLimit = 50;

/**
 * Every time staff read or handled the citizen's personal data, and every 查询 answer that showed it (entries filed under the keyed hash of their
 * ID number, written by someone else who is not a citizen), newest first, one line per unit, purpose and
 * hour — a page of eight materials opened in one minute is one line "×8", not eight: when, which unit,
 * what for — not who, so the list cannot be turned against an individual officer. Unverified accounts have
 * no ID number on file and so nothing filed under it.
 */
export async function listWhoLookedAtMe(db: Db, p: { userId: string }): Promise<WhoLookedAtMe> {
  const [me] = await db.select({ idHash: users.idNumberHash }).from(users).where(eq(users.id, p.userId));
  if (!me?.idHash) return { entries: [], total: 0, verified: false };
  // Staff reads, and every answer of a 查询 service that showed the person's data, whoever asked: the citizen
  // themself, a family member the law names, or anyone on a public register.
  const where = and(
    eq(auditLog.subjectIdHash, me.idHash),
    eq(auditLog.outcome, "ok"),
    or(
      like(auditLog.action, "query.%"),
      and(
        isNotNull(auditLog.actorId),
        ne(auditLog.actorId, p.userId),
        not(sql`coalesce(${auditLog.actorRole}, '') like '%citizen%'`),
      ),
    ),
  );
  const purpose = accessPurposeSql(auditLog.action);
  const hour = sql<Date>`date_trunc('hour', ${auditLog.at})`.mapWith(auditLog.at);
  const grouped = db
    .select({
      unitId: auditLog.actorOrgUnitId,
      purpose: purpose.as("purpose"),
      hour: hour.as("hour"),
      at: max(auditLog.at).as("at"),
      n: count().as("n"),
    })
    .from(auditLog)
    .where(where)
    // By position: the purpose's parameters are numbered anew in GROUP BY, which PostgreSQL would not match.
    .groupBy(sql`1, 2, 3`)
    .as("grouped");
  const [counted] = await db.select({ n: count() }).from(grouped);
  const rows = await db
    .select({
      hour: grouped.hour,
      at: grouped.at,
      purpose: grouped.purpose,
      n: grouped.n,
      code: orgUnits.code,
      name: orgUnits.name,
      nameEn: orgUnits.nameEn,
    })
    .from(grouped)
    .leftJoin(orgUnits, eq(orgUnits.id, grouped.unitId))
    .orderBy(desc(grouped.hour), desc(grouped.at), orgUnits.code, grouped.purpose)
    .limit(whoLookedAtMeLimit);
  return {
    verified: true,
    total: counted?.n ?? 0,
    entries: rows.map((r) => ({
      hour: r.hour,
      at: r.at as Date,
      purpose: r.purpose,
      count: r.n,
      unit: r.code && r.name ? { code: r.code, name: r.name, nameEn: r.nameEn } : null,
    })),
  };
}
