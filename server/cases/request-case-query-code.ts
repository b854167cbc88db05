import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { issueSmsCode } from "@/server/accounts/issue-sms-code";
import { limitSmsCodes } from "@/server/accounts/limit-sms-codes";
import { smsCodeRules } from "@/server/accounts/sms-code-rules";
import type { Db } from "@/db/client";
import { recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber, maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { rateLimit } from "@/server/security/rate-limit";
import { caseQueryRules } from "./case-query-rules";
import { findQueryPerson } from "./find-query-person";
import { matchesQueryPerson } from "./matches-query-person";
import { padToMinDuration } from "./pad-to-min-duration";
import { maskQueryNumber, queryNumberHash } from "./query-number";
import { requireVerifiedCitizen } from "./require-verified-citizen";

export type RequestCaseQueryCodeParams = {
  userId: string;
  queryNumber: string;
  idNumber: string;
  phone: string;
  ip: string | null;
  correlationId?: string | null;
  now?: Date;
  minDurationMs?: number;
};

/**
 * Texts a query code to the phone typed, but only when query number, ID number and phone belong to one
 * query person who is not revoked. The answer (and its timing) is the same either way, so it cannot be
 * used to learn whether a phone is registered on a case.
 */
export async function requestCaseQueryCode(
  db: Db,
  p: RequestCaseQueryCodeParams,
): Promise<{ cooldownSeconds: number }> {
  const startedAt = performance.now();
  try {
    return await runRequest(db, p);
  } finally {
    await padToMinDuration(startedAt, p.minDurationMs ?? caseQueryRules.minDurationMs);
  }
}

async function runRequest(db: Db, p: RequestCaseQueryCodeParams): Promise<{ cooldownSeconds: number }> {
  const now = p.now ?? new Date();
  const phone = p.phone.trim();
  await requireVerifiedCitizen(db, p.userId);
  if (!phoneNumberPattern.test(phone)) throw new DomainError("BAD_INPUT", {}, { phone: "form.phone" });
  const account = await rateLimit(
    db,
    { key: `case-query-code:user:${p.userId}`, limit: caseQueryRules.codesPerAccount, windowSeconds: 3600 },
    now,
  );
  if (!account.allowed) throw new DomainError("RATE_LIMITED", { seconds: account.retryAfterSeconds });
  await limitSmsCodes(db, { purpose: "case_query", phoneHash: hashPii("phone", phone), ip: p.ip, now });

  const person = await findQueryPerson(db, queryNumberHash(p.queryNumber));
  const sendable = matchesQueryPerson(person, {
    idNumberHash: hashPii("id", p.idNumber),
    phoneHash: hashPii("phone", phone),
  });
  await db.transaction(async (tx) => {
    if (sendable) await issueSmsCode(tx, { purpose: "case_query", phone, ip: p.ip, now });
    await recordAudit(tx, {
      actor: { id: p.userId, role: "citizen" },
      action: "cases.query_code_requested",
      targetType: "case",
      targetId: person?.caseId,
      outcome: sendable ? "ok" : "denied",
      details: {
        queryNumber: maskQueryNumber(p.queryNumber),
        idNumber: maskIdNumber(p.idNumber),
        phone: maskPhone(phone),
        sent: sendable,
      },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
  if (sendable) await kickSmsDispatch();
  return { cooldownSeconds: smsCodeRules.phoneCooldownSeconds };
}
