import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { checkPasswordRule } from "./password-rule";

/** Tries per account per 15 minutes: a stolen session must not become a way to guess the password. */
export const changePasswordTries = 5;

export type ChangePassword = {
  userId: string;
  currentPassword: string;
  newPassword: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * Sets a new password after checking the current one, and ends every session of the account, this one
 * included: whoever knew the old password (or holds a copied session) is out, and the citizen signs in
 * again with the new password, as Chinese government portals do after a password change.
 */
export async function changePassword(db: Db, params: ChangePassword): Promise<void> {
  const now = params.now ?? new Date();
  const problems = checkPasswordRule(params.newPassword);
  if (problems.length > 0) throw new DomainError("WEAK_PASSWORD", {}, { newPassword: problems[0]! });

  const limit = await rateLimit(
    db,
    { key: `password-change:user:${params.userId}`, limit: changePasswordTries, windowSeconds: 900 },
    now,
  );
  if (!limit.allowed) throw new DomainError("RATE_LIMITED", { seconds: limit.retryAfterSeconds });

  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, params.userId));
  if (!user) throw new DomainError("NOT_FOUND");
  const audit = {
    actor: params.actor,
    targetType: "user",
    targetId: params.userId,
    ip: params.ip,
    correlationId: params.correlationId,
  };
  if (!(await verifyPassword(user.passwordHash, params.currentPassword))) {
    await recordAudit(db, {
      ...audit,
      action: "account.password_changed",
      outcome: "failed",
      details: { reason: "wrong_password" },
    });
    throw new DomainError("WRONG_PASSWORD", {}, { currentPassword: "WRONG_PASSWORD" });
  }

  const passwordHash = await hashPassword(params.newPassword);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedSignIns: 0 })
      .where(eq(users.id, params.userId))
      .returning({ sessionVersion: users.sessionVersion });
    if (!row) throw new DomainError("NOT_FOUND");
    await recordAudit(tx, {
      ...audit,
      action: "account.password_changed",
      details: { sessionVersion: row.sessionVersion },
    });
  });
}
