import { randomInt, randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { smsCodes } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { rateLimit } from "@/server/security/rate-limit";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { phoneNumberPattern } from "./phone-number";
import { signInCodeHash } from "./sign-in-code-hash";
import { signInCodeRules } from "./sign-in-code-rules";

export type SignInCodeRequest = { phone: string; ip?: string | null; now?: Date };

/**
 * Sends a 6-digit sign-in code to a registered citizen's phone. The caller learns nothing about whether
 * the phone is registered: limits apply and the answer is the same either way; only the SMS differs.
 */
export async function requestSignInCode(db: Db, params: SignInCodeRequest): Promise<{ cooldownSeconds: number }> {
  const phone = params.phone.trim();
  const now = params.now ?? new Date();
  const ip = params.ip ?? null;
  if (!phoneNumberPattern.test(phone)) throw new DomainError("BAD_INPUT", {}, { phone: "PHONE_INVALID" });
  const phoneHash = hashPii("phone", phone);

  const limits = [
    ...(ip ? [{ key: `sms:sign_in:ip:${ip}`, limit: signInCodeRules.ipPerHour, windowSeconds: 3600 }] : []),
    { key: `sms:sign_in:phone:${phoneHash}`, limit: 1, windowSeconds: signInCodeRules.phoneCooldownSeconds },
    { key: `sms:sign_in:phone-day:${phoneHash}`, limit: signInCodeRules.phonePerDay, windowSeconds: 86_400 },
  ];
  for (const rule of limits) {
    const result = await rateLimit(db, rule, now);
    if (!result.allowed) throw new DomainError("RATE_LIMITED", { seconds: result.retryAfterSeconds });
  }

  const user = await findCitizenByPhone(db, phone);
  const sendable = !!user && user.status === "active";
  await db.transaction(async (tx) => {
    if (sendable) {
      const id = randomUUID();
      const code = randomInt(0, 1_000_000).toString().padStart(6, "0");
      await tx.insert(smsCodes).values({
        id,
        purpose: "sign_in",
        phoneHash,
        codeHash: signInCodeHash(id, code),
        expiresAt: new Date(now.getTime() + signInCodeRules.validMinutes * 60_000),
        ip,
        createdAt: now,
      });
      await queueSms(tx, { idempotencyKey: `sign_in_code:${id}`, phone, template: "sign_in_code", params: { code } });
    }
    await recordAudit(tx, {
      actor: { id: user?.id ?? null, role: user?.roles.join(",") ?? null, orgUnitId: user?.orgUnitId ?? null },
      action: "auth.sign_in_code.requested",
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      outcome: sendable ? "ok" : "denied",
      details: { phone: maskPhone(phone), sent: sendable },
      ip,
    });
  });
  if (sendable) await kickSmsDispatch();
  return { cooldownSeconds: signInCodeRules.phoneCooldownSeconds };
}
