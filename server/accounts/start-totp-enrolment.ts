import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import type { Db } from "@/db/client";
import { totpEnrolments } from "@/db/schema";
import { auditActorOf } from "./actor";
import { recordAudit } from "@/server/audit/record-audit";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { findStaffByAccount } from "./find-staff-by-account";
import { maskAccount } from "./mask-account";
import { checkPassword } from "./check-password";
import { recordSignInDenied, type SignInAttempt } from "./sign-in-attempts";
import { newTotpSecret, totpUri } from "./totp";

export const totpEnrolmentMinutes = 10;

export type TotpEnrolmentStart = { account: string; password: string; ip?: string | null; now?: Date };

export type TotpEnrolment = {
  /** Proves the password was checked; only its hash is stored. */
  token: string;
  secret: string;
  otpauthUri: string;
  /** The QR code of `otpauthUri` as a data: URL, rendered here so no secret leaves for a QR service. */
  qrDataUrl: string;
  expiresAt: Date;
};

/**
 * First step of binding an authenticator for staff who have none: the password is checked (a wrong one
 * counts towards the lock) and a fresh secret is parked until the officer proves it with a first code.
 * An unknown account, a wrong password, a disabled account and one that already has an authenticator all
 * get one answer after the same password check: otherwise this form, which asks for no second factor,
 * would tell anyone holding a guessed password that it is right.
 */
export async function startTotpEnrolment(db: Db, params: TotpEnrolmentStart): Promise<TotpEnrolment> {
  const account = params.account.trim();
  const now = params.now ?? new Date();
  const attempt: SignInAttempt = {
    channel: "totp_enrolment",
    who: { account: maskAccount(account) },
    ip: params.ip ?? null,
    now,
  };
  const refused = new DomainError("TOTP_ENROLMENT_REFUSED");
  const user = await checkPassword(db, {
    attempt,
    password: params.password,
    guard: { kind: "account-lock" },
    find: async () => (account ? findStaffByAccount(db, account) : null),
    refused,
  });
  if (user.totpEnabledAt) throw await recordSignInDenied(db, user, attempt, "totp_already_enrolled", refused);

  const secret = newTotpSecret();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + totpEnrolmentMinutes * 60_000);
  const otpauthUri = totpUri(secret, account);
  await db.transaction(async (tx) => {
    // Only the newest enrolment can be confirmed: a QR code shown earlier is worthless.
    await tx.delete(totpEnrolments).where(eq(totpEnrolments.userId, user.id));
    await tx.insert(totpEnrolments).values({
      userId: user.id,
      tokenHash: hashPii("token", token),
      secretEnc: encryptPii(secret),
      expiresAt,
    });
    await recordAudit(tx, {
      actor: auditActorOf(user),
      action: "auth.totp.enrolment_started",
      targetType: "user",
      targetId: user.id,
      details: attempt.who,
      ip: attempt.ip,
    });
  });
  const qrDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
  return { token, secret, otpauthUri, qrDataUrl, expiresAt };
}
