import { and, count, desc, eq, isNotNull, ne, not, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, orgUnits, users } from "@/db/schema";

export type LookedAtMe = {
  at: Date;
  /** The unit the staff member worked in; null for platform administrators, who belong to no unit. */
  unit: { code: string; name: string; nameEn: string | null } | null;
  /** The audit action, for a plain-language label; the staff member's name is never given out. */
  action: string;
};

export type WhoLookedAtMe = { entries: LookedAtMe[]; total: number; verified: boolean };

export const whoLookedAtMeLimit = 50;

/**
 * Every time staff read or handled the citizen's personal data (entries filed under the keyed hash of their
 * ID number, written by someone else who is not a citizen), newest first: when, which unit, what for — not
 * who, so the list cannot be turned against an individual officer. Unverified accounts have no ID number
 * on file and so nothing filed under it.
 */
export async function listWhoLookedAtMe(db: Db, p: { userId: string }): Promise<WhoLookedAtMe> {
  const [me] = await db.select({ idHash: users.idNumberHash }).from(users).where(eq(users.id, p.userId));
  if (!me?.idHash) return { entries: [], total: 0, verified: false };
  const where = and(
    eq(auditLog.subjectIdHash, me.idHash),
    eq(auditLog.outcome, "ok"),
    isNotNull(auditLog.actorId),
    ne(auditLog.actorId, p.userId),
    not(sql`coalesce(${auditLog.actorRole}, '') like '%citizen%'`),
  );
  const [counted] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db
    .select({ at: auditLog.at, action: auditLog.action, code: orgUnits.code, name: orgUnits.name, nameEn: orgUnits.nameEn })
    .from(auditLog)
    .leftJoin(orgUnits, eq(orgUnits.id, auditLog.actorOrgUnitId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(whoLookedAtMeLimit);
  return {
    verified: true,
    total: counted?.n ?? 0,
    entries: rows.map((r) => ({
      at: r.at,
      action: r.action,
      unit: r.code && r.name ? { code: r.code, name: r.name, nameEn: r.nameEn } : null,
    })),
  };
}
