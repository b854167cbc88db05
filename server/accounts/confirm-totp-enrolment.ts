import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { totpEnrolments, users } from "@/db/schema";
import { auditActorOf } from "./actor";
import { recordAudit } from "@/server/audit/record-audit";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { maskAccount } from "./mask-account";
import { assertNotLocked } from "./sign-in-attempts";
import { matchTotp } from "./totp";

export type TotpEnrolmentConfirm = { token: string; code: string; ip?: string | null; now?: Date };

/**
 * Binds the parked secret once the officer shows a code from it, which proves the authenticator app
 * holds the right secret. The code's step is stored as used, so the same code cannot also sign in.
 */
export async function confirmTotpEnrolment(db: Db, params: TotpEnrolmentConfirm): Promise<{ account: string }> {
  const now = params.now ?? new Date();
  const [row] = await db
    .select({ enrolment: totpEnrolments, user: users })
    .from(totpEnrolments)
    .innerJoin(users, eq(users.id, totpEnrolments.userId))
    .where(and(eq(totpEnrolments.tokenHash, hashPii("token", params.token)), gt(totpEnrolments.expiresAt, now)));
  if (!row?.user.account) throw new DomainError("TOTP_ENROLMENT_EXPIRED");
  const { enrolment, user } = row;
  const account = user.account as string;
  const attempt = {
    channel: "totp_enrolment" as const,
    who: { account: maskAccount(account) },
    ip: params.ip ?? null,
    now,
  };
  await assertNotLocked(db, user, attempt);
  if (user.status !== "active") throw new DomainError("ACCOUNT_DISABLED");

  const step = matchTotp(decryptPii(enrolment.secretEnc), params.code.trim(), now, null);
  if (step == null) throw new DomainError("INVALID_TOTP");

  const bound = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ totpSecretEnc: enrolment.secretEnc, totpEnabledAt: now, totpLastStep: step })
      .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    await tx.delete(totpEnrolments).where(eq(totpEnrolments.userId, user.id));
    if (!updated) return false;
    await recordAudit(tx, {
      actor: auditActorOf(user),
      action: "auth.totp.enrolled",
      targetType: "user",
      targetId: user.id,
      details: attempt.who,
      ip: attempt.ip,
    });
    return true;
  });
  if (!bound) throw new DomainError("TOTP_ALREADY_ENROLLED");
  return { account };
}
