import "server-only";
import type { Db } from "@/db/client";
import type { User } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { burnPasswordCheck, verifyPassword } from "./password";
import { assertNotLocked, recordSignInDenied, recordSignInFailure, type SignInAttempt } from "./sign-in-attempts";
import {
  assertSignInNotThrottled,
  type citizenSignInCounters,
  clearSignInFailures,
  countSignInFailure,
} from "./sign-in-throttle";

type PasswordHolder = Pick<User, "id" | "roles" | "orgUnitId" | "passwordHash" | "status" | "lockedUntil">;

/**
 * How repeated failures are held back: a staff account locks itself (counted on the account by the failure
 * record); a citizen's phone and address are throttled alike, registered or not, so the answers never tell
 * which phones have accounts.
 */
export type PasswordGuard =
  { kind: "account-lock" } | { kind: "throttle"; counters: ReturnType<typeof citizenSignInCounters> };

/**
 * The one password check of every sign-in form: guard → find the account → verify (an unknown account burns
 * the same hashing time, so timing tells nothing) → active? Every failure is recorded as the attempt's channel;
 * `refused`, when given, is what every failure throws instead of its own error (a form that must give one answer
 * for all). Answers the account whose password is right and which may sign in.
 */
export async function checkPassword<U extends PasswordHolder>(
  db: Db,
  p: {
    attempt: SignInAttempt;
    password: string;
    find: () => Promise<U | null>;
    guard: PasswordGuard;
    refused?: DomainError;
  },
): Promise<U> {
  const { attempt, guard, refused } = p;
  if (guard.kind === "throttle") await assertSignInNotThrottled(db, guard.counters, attempt.now);
  const countFailure = () =>
    guard.kind === "throttle" ? countSignInFailure(db, guard.counters, attempt.now) : Promise.resolve();
  const user = await p.find();
  if (!user) {
    await burnPasswordCheck(p.password);
    await countFailure();
    throw await recordSignInFailure(db, null, attempt, "unknown_account", refused);
  }
  if (guard.kind === "account-lock") await assertNotLocked(db, user, attempt);
  if (!(await verifyPassword(user.passwordHash, p.password))) {
    await countFailure();
    throw await recordSignInFailure(db, user, attempt, "wrong_password", refused);
  }
  if (user.status !== "active") {
    throw await recordSignInDenied(db, user, attempt, "disabled", refused ?? new DomainError("ACCOUNT_DISABLED"));
  }
  if (guard.kind === "throttle") await clearSignInFailures(db, guard.counters);
  return user;
}
