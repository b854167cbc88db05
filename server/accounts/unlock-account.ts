import "server-only";
import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { scrub } from "@/server/log";
import type { OfficerRole } from "./session-user";
import { clearPhoneSignInFailures, phonePasswordBlockedUntil } from "./sign-in-throttle";

/** The officers who deal with the citizen in person and can check who is asking; approvers only look. */
export const accountUnlockRoles = ["window_officer", "station_officer"] as const satisfies readonly OfficerRole[];

export const unlockReasonMaxLength = 200;

export type UnlockAccountParams = {
  userId: string;
  reason: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * Lifts the wait on a citizen's password sign-in after repeated wrong passwords, and forgets every
 * failure counted against the phone, e.g. when the citizen is at the window with their ID card. The reason is kept in the audit log with the lock it replaced.
 */
export async function unlockAccount(
  db: Db,
  params: UnlockAccountParams,
): Promise<{ lockedUntil: null; failedSignIns: 0 }> {
  const reason = params.reason.trim();
  if (reason.length < 2 || reason.length > unlockReasonMaxLength) {
    throw new DomainError("BAD_INPUT", {}, { reason: "UNLOCK_REASON_REQUIRED" });
  }
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({
        id: users.id,
        idNumberHash: users.idNumberHash,
        phoneHash: users.phoneHash,
        failedSignIns: users.failedSignIns,
      })
      .from(users)
      .where(and(eq(users.id, params.userId), arrayContains(users.roles, ["citizen"])))
      .for("update");
    if (!user) throw new DomainError("NOT_FOUND");
    const lockedUntil = user.phoneHash ? await phonePasswordBlockedUntil(tx, user.phoneHash, now) : null;
    if (!user.phoneHash || !lockedUntil) throw new DomainError("ACCOUNT_NOT_LOCKED");
    await clearPhoneSignInFailures(tx, user.phoneHash);
    await tx.update(users).set({ lockedUntil: null, failedSignIns: 0 }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: params.actor,
      action: "account.unlock",
      targetType: "user",
      targetId: user.id,
      subjectIdHash: user.idNumberHash,
      details: {
        // Free text: an officer may have typed a phone or ID number into it.
        reason: scrub(reason),
        before: { lockedUntil: lockedUntil.toISOString(), failedSignIns: user.failedSignIns },
        after: { lockedUntil: null, failedSignIns: 0 },
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return { lockedUntil: null, failedSignIns: 0 };
  });
}
