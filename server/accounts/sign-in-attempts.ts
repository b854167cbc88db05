import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type User, users } from "@/db/schema";
import { auditActorOf } from "./actor";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import type { SignedIn } from "./signed-in";

export const maxFailedSignIns = 5;
export const lockMinutes = 10;

export type SignInChannel = "citizen_password" | "citizen_code" | "staff" | "totp_enrolment";

/** Who tried, as the audit log may show it: masked phone or account, never the full value. */
export type SignInAttempt = { channel: SignInChannel; who: Record<string, string>; ip: string | null; now: Date };

type LockState = Pick<User, "id" | "lockedUntil">;

function minutesLeft(lockedUntil: Date, now: Date) {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}

/** Refuses a locked account before any secret is checked, so a locked account gives attackers nothing. */
export async function assertNotLocked(
  db: Db,
  user: LockState & Pick<User, "roles" | "orgUnitId">,
  attempt: SignInAttempt,
) {
  if (!user.lockedUntil || user.lockedUntil <= attempt.now) return;
  throw await recordSignInDenied(
    db,
    user,
    attempt,
    "locked",
    new DomainError("ACCOUNT_LOCKED", { minutes: minutesLeft(user.lockedUntil, attempt.now) }),
  );
}

/** A refusal that is not the caller's mistake (locked, disabled): audited, never counted towards a lock. */
export async function recordSignInDenied(
  db: Db,
  user: Pick<User, "id" | "roles" | "orgUnitId">,
  attempt: SignInAttempt,
  reason: string,
  error: DomainError,
): Promise<DomainError> {
  await recordAudit(db, {
    actor: auditActorOf(user),
    action: "auth.sign_in",
    targetType: "user",
    targetId: user.id,
    outcome: "denied",
    details: { ...attempt.who, channel: attempt.channel, reason },
    ip: attempt.ip,
  });
  return error;
}

/** Staff accounts lock; citizen sign-ins are slowed down per phone and source instead (sign-in-throttle.ts). */
const lockingChannels: ReadonlySet<SignInChannel> = new Set(["staff", "totp_enrolment"]);

/**
 * Audits a wrong password, TOTP or SMS code. On a staff account it also counts towards the lock: the
 * fifth in a row locks it for ten minutes. Returns the error to throw, after the count is committed, so
 * a rollback cannot undo it.
 */
export async function recordSignInFailure(
  db: Db,
  user: Pick<User, "id" | "roles" | "orgUnitId"> | null,
  attempt: SignInAttempt,
  reason: string,
  error: DomainError = new DomainError("INVALID_CREDENTIALS"),
): Promise<DomainError> {
  if (!user || !lockingChannels.has(attempt.channel)) {
    await recordAudit(db, {
      actor: auditActorOf(user),
      action: "auth.sign_in",
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      outcome: "failed",
      details: { ...attempt.who, channel: attempt.channel, reason },
      ip: attempt.ip,
    });
    return error;
  }
  const actor = auditActorOf(user);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ failedSignIns: sql`${users.failedSignIns} + 1` })
      .where(eq(users.id, user.id))
      .returning({ failedSignIns: users.failedSignIns });
    await recordAudit(tx, {
      actor,
      action: "auth.sign_in",
      targetType: "user",
      targetId: user.id,
      outcome: "failed",
      details: { ...attempt.who, channel: attempt.channel, reason, failedSignIns: row?.failedSignIns ?? null },
      ip: attempt.ip,
    });
    if (!row || row.failedSignIns < maxFailedSignIns) return error;
    const lockedUntil = new Date(attempt.now.getTime() + lockMinutes * 60_000);
    await tx.update(users).set({ failedSignIns: 0, lockedUntil }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor,
      action: "auth.locked",
      targetType: "user",
      targetId: user.id,
      outcome: "denied",
      details: { ...attempt.who, channel: attempt.channel, lockedUntil: lockedUntil.toISOString() },
      ip: attempt.ip,
    });
    return new DomainError("ACCOUNT_LOCKED", { minutes: lockMinutes });
  });
}

/** Clears the failure count and records the sign-in; pass the transaction that holds the rest of the sign-in's writes. */
export async function recordSignInSuccess(
  db: Db,
  user: Pick<User, "id" | "name" | "roles" | "orgUnitId" | "sessionVersion">,
  attempt: SignInAttempt,
): Promise<SignedIn> {
  await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: attempt.now })
    .where(eq(users.id, user.id));
  await recordAudit(db, {
    actor: auditActorOf(user),
    action: "auth.sign_in",
    targetType: "user",
    targetId: user.id,
    details: { ...attempt.who, channel: attempt.channel },
    ip: attempt.ip,
  });
  return {
    user: { id: user.id, name: user.name, roles: user.roles, orgUnitId: user.orgUnitId },
    sessionVersion: user.sessionVersion,
  };
}
