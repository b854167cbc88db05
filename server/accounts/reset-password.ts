import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { auditActorOf } from "./actor";
import { recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { chinaTimeZone } from "@/server/dates/china-time-zone";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { consumeSmsCode } from "./consume-sms-code";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { parsePhoneAndCode } from "./parse-phone-and-code";
import { hashPassword } from "./password";
import { checkPasswordRule } from "./password-rule";
import { verifySmsCode } from "./verify-sms-code";

export type PasswordReset = { phone: string; code: string; password: string; ip?: string | null; now?: Date };

/**
 * Sets a new password for the citizen whose phone received the reset code. Every other session ends
 * (the session version moves on), a lock from failed sign-ins is lifted, and the phone is told by SMS,
 * so a reset the owner did not make does not go unnoticed. An unknown phone fails like a wrong code.
 */
export async function resetPassword(db: Db, params: PasswordReset): Promise<void> {
  const now = params.now ?? new Date();
  const ip = params.ip ?? null;
  const { phone, code, fields } = parsePhoneAndCode(params);
  const passwordProblem = checkPasswordRule(params.password)[0];
  if (passwordProblem) fields.password = passwordProblem;
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  const user = await findCitizenByPhone(db, phone);
  const refuse = async (reason: string, error: DomainError) => {
    await recordAudit(db, {
      actor: auditActorOf(user),
      action: "account.password_reset",
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      outcome: "denied",
      details: { phone: maskPhone(phone), reason },
      ip,
    });
    return error;
  };
  if (!user) throw await refuse("unknown_account", new DomainError("INVALID_CODE"));
  const check = await verifySmsCode(db, { purpose: "reset_password", phone, code, now });
  if (!check.ok) throw await refuse(check.reason, new DomainError("INVALID_CODE"));
  if (user.status !== "active") throw await refuse("disabled", new DomainError("ACCOUNT_DISABLED"));

  const passwordHash = await hashPassword(params.password);
  const done = await db.transaction(async (tx) => {
    if (!(await consumeSmsCode(tx, { codeId: check.codeId, now }))) return false;
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedSignIns: 0, lockedUntil: null })
      .where(eq(users.id, user.id))
      .returning({ sessionVersion: users.sessionVersion });
    await recordAudit(tx, {
      actor: auditActorOf(user),
      action: "account.password_reset",
      targetType: "user",
      targetId: user.id,
      details: { phone: maskPhone(phone), sessionVersion: row?.sessionVersion ?? null },
      ip,
    });
    await queueSms(tx, {
      idempotencyKey: `password_reset:${check.codeId}`,
      phone,
      template: "password_reset",
      params: { time: chinaTime(now) },
    });
    return true;
  });
  if (!done) throw await refuse("code_already_used", new DomainError("INVALID_CODE"));
  await kickSmsDispatch();
}

/** "11月27日16:05": the SMS reader's own clock, whatever the server's time zone. */
function chinaTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: chinaTimeZone,
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${Number(parts.month)}月${Number(parts.day)}日${parts.hour}:${parts.minute}`;
}
