import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { UserActor } from "@/server/accounts/actor";
import { auditTrailOf } from "@/server/accounts/actor";
import { consumeSmsCode } from "@/server/accounts/consume-sms-code";
import { issueSmsCode } from "@/server/accounts/issue-sms-code";
import { limitSmsCodes } from "@/server/accounts/limit-sms-codes";
import { smsCodeRules } from "@/server/accounts/sms-code-rules";
import { verifySmsCode } from "@/server/accounts/verify-sms-code";
import { recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { loadQueryService } from "./load-query-service";

/** The account's own phone: the code goes only there, so a sensitive answer stays with the phone's holder. */
async function accountPhone(db: Db, actor: UserActor) {
  const [row] = await db
    .select({ phoneEnc: users.phoneEnc, phoneHash: users.phoneHash, verification: users.verification })
    .from(users)
    .where(eq(users.id, actor.user.id));
  if (row?.verification !== "verified") throw new DomainError("REAL_NAME_REQUIRED");
  if (!row.phoneEnc || !row.phoneHash) throw new DomainError("FORBIDDEN");
  return { phone: decryptPii(row.phoneEnc), phoneHash: row.phoneHash };
}

/** Texts a confirmation code for a sensitive query to the account's phone (the usual SMS code limits apply). */
export async function sendQueryConfirmCode(
  db: Db,
  p: { actor: UserActor; code: string; now?: Date },
): Promise<{ phone: string; cooldownSeconds: number }> {
  const now = p.now ?? new Date();
  await loadQueryService(db, p.code);
  const { phone, phoneHash } = await accountPhone(db, p.actor);
  await limitSmsCodes(db, { purpose: "query_confirm", phoneHash, ip: p.actor.ip, now });
  await db.transaction(async (tx) => {
    await issueSmsCode(tx, { purpose: "query_confirm", phone, ip: p.actor.ip, now });
    await recordAudit(tx, {
      ...auditTrailOf(p.actor),
      action: "query.confirm_code_sent",
      targetType: "service",
      targetId: p.code,
      details: { phone: maskPhone(phone) },
    });
  });
  await kickSmsDispatch();
  return { phone: maskPhone(phone), cooldownSeconds: smsCodeRules.phoneCooldownSeconds };
}

/**
 * Checks and uses up the code: from then on, for a few minutes, this account's sensitive queries answer
 * without asking again (runQuery looks for the code used).
 */
export async function confirmQueryCode(db: Db, p: { actor: UserActor; code: string; smsCode: string; now?: Date }) {
  const now = p.now ?? new Date();
  const { phone } = await accountPhone(db, p.actor);
  const check = await verifySmsCode(db, { purpose: "query_confirm", phone, code: p.smsCode, now });
  const confirmed = check.ok && (await consumeSmsCode(db, { codeId: check.codeId, now }));
  await recordAudit(db, {
    ...auditTrailOf(p.actor),
    action: "query.confirmed",
    targetType: "service",
    targetId: p.code,
    outcome: confirmed ? "ok" : "denied",
  });
  if (!confirmed) throw new DomainError("INVALID_CODE");
}
