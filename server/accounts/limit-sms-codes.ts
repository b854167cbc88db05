import type { Db } from "@/db/client";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import type { SmsCodePurpose } from "./issue-sms-code";
import { smsCodeRules } from "./sms-code-rules";

/**
 * Counts one code request for the phone (and the caller's IP) and refuses it once a limit is reached:
 * one per phone per minute, ten per phone per day, thirty per IP per hour, each per purpose. Call it for
 * every phone a request would text, before anything is written.
 */
export async function limitSmsCodes(
  db: Db,
  params: { purpose: SmsCodePurpose; phoneHash: string; ip: string | null; now: Date },
): Promise<void> {
  const { purpose, phoneHash, ip, now } = params;
  const limits = [
    ...(ip ? [{ key: `sms:${purpose}:ip:${ip}`, limit: smsCodeRules.ipPerHour, windowSeconds: 3600 }] : []),
    { key: `sms:${purpose}:phone:${phoneHash}`, limit: 1, windowSeconds: smsCodeRules.phoneCooldownSeconds },
    { key: `sms:${purpose}:phone-day:${phoneHash}`, limit: smsCodeRules.phonePerDay, windowSeconds: 86_400 },
  ];
  for (const rule of limits) {
    const result = await rateLimit(db, rule, now);
    if (!result.allowed) throw new DomainError("RATE_LIMITED", { seconds: result.retryAfterSeconds });
  }
}
