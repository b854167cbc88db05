import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";

export type MySignIn = {
  at: Date;
  ip: string | null;
  outcome: "ok" | "failed" | "denied";
  /** How they tried: password or SMS code (citizens); null when the entry does not say. */
  channel: "citizen_password" | "citizen_code" | null;
  /** Why a failed or refused attempt failed, as the sign-in services record it. */
  reason: string | null;
  /** This attempt locked the account. */
  locked: boolean;
};

function citizenChannel(value: unknown): MySignIn["channel"] {
  return value === "citizen_password" || value === "citizen_code" ? value : null;
}

/**
 * The account's recent sign-in attempts, newest first, from the audit log the sign-in services write
 * (`auth.sign_in` for every attempt on a known account, `auth.locked` when one locks it), so a citizen
 * can spot a sign-in that was not theirs. The user agent is not recorded, so it is not shown.
 */
export async function listMySignIns(db: Db, params: { userId: string; limit?: number }): Promise<MySignIn[]> {
  const rows = await db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      ip: auditLog.ip,
      outcome: auditLog.outcome,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, "user"),
        eq(auditLog.targetId, params.userId),
        inArray(auditLog.action, ["auth.sign_in", "auth.locked"]),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(params.limit ?? 20);
  return rows.map((r) => ({
    at: r.at,
    ip: r.ip,
    outcome: r.outcome === "ok" || r.outcome === "denied" ? r.outcome : "failed",
    channel: citizenChannel(r.details?.channel),
    reason: typeof r.details?.reason === "string" ? r.details.reason : null,
    locked: r.action === "auth.locked",
  }));
}
