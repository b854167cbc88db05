import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type CaseNodeKind, type CoerciveMeasure, caseNodes } from "@/db/schema";
import { consumeSmsCode } from "@/server/accounts/consume-sms-code";
import { spendSmsCodeTry } from "@/server/accounts/spend-sms-code-try";
import { verifySmsCode } from "@/server/accounts/verify-sms-code";
import { recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber, maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { caseQueryRules } from "./case-query-rules";
import { findQueryPerson } from "./find-query-person";
import { limitCaseQueries } from "./limit-case-queries";
import { matchesQueryPerson } from "./matches-query-person";
import { padToMinDuration } from "./pad-to-min-duration";
import { maskQueryNumber, queryNumberHash } from "./query-number";
import { requireVerifiedCitizen } from "./require-verified-citizen";

export type CaseProgress = {
  title: string;
  unitName: string;
  unitNameEn: string | null;
  nodes: { kind: CaseNodeKind; measure: CoerciveMeasure | null; occurredOn: string; remark: string }[];
};

export type QueryCaseProgressParams = {
  userId: string;
  queryNumber: string;
  idNumber: string;
  phone: string;
  code: string;
  ip: string | null;
  correlationId?: string | null;
  now?: Date;
  /** Tests of the matching rules may lower it; every real request takes the rule's minimum. */
  minDurationMs?: number;
};

/**
 * The citizen's case query: query number, ID number, phone and the SMS code sent to that phone must all
 * belong to one query person who is not revoked. Then the case's title, handling unit and nodes, and
 * nothing else. Any mismatch gives the same error after the same work (every hash computed, both compared,
 * the code checked, padded to a fixed minimum duration). Every attempt counts against the limits and is
 * audited with masked inputs.
 */
export async function queryCaseProgress(db: Db, p: QueryCaseProgressParams): Promise<CaseProgress> {
  const startedAt = performance.now();
  try {
    return await runQuery(db, p);
  } finally {
    await padToMinDuration(startedAt, p.minDurationMs ?? caseQueryRules.minDurationMs);
  }
}

async function runQuery(db: Db, p: QueryCaseProgressParams): Promise<CaseProgress> {
  const now = p.now ?? new Date();
  const phone = p.phone.trim();
  const numberHash = queryNumberHash(p.queryNumber);
  const typed = { idNumberHash: hashPii("id", p.idNumber), phoneHash: hashPii("phone", phone) };
  const attempt = {
    actor: { id: p.userId, role: "citizen" },
    action: "cases.queried",
    targetType: "case",
    subjectIdHash: typed.idNumberHash,
    details: {
      queryNumber: maskQueryNumber(p.queryNumber),
      idNumber: maskIdNumber(p.idNumber),
      phone: maskPhone(phone),
    },
    ip: p.ip,
    correlationId: p.correlationId,
  };
  try {
    await requireVerifiedCitizen(db, p.userId);
    await limitCaseQueries(db, { userId: p.userId, ip: p.ip, numberHash, now });
  } catch (error) {
    // Refused before the factors were looked at (unverified, or locked): still an attempt on record.
    const refused = error instanceof DomainError ? error.code : "error";
    await recordAudit(db, { ...attempt, outcome: "denied", details: { ...attempt.details, refused } });
    throw error;
  }

  const person = await findQueryPerson(db, numberHash);
  const code = await verifySmsCode(db, { purpose: "case_query", phone, code: p.code.trim(), now });
  const matched = matchesQueryPerson(person, typed);
  const audit = { ...attempt, targetId: person?.caseId };

  if (matched && person && code.ok) {
    const result = await db.transaction(async (tx) => {
      if (!(await consumeSmsCode(tx, { codeId: code.codeId, now }))) return null;
      const nodes = await tx
        .select({
          kind: caseNodes.kind,
          measure: caseNodes.measure,
          occurredOn: caseNodes.occurredOn,
          remark: caseNodes.remark,
        })
        .from(caseNodes)
        .where(eq(caseNodes.caseId, person.caseId))
        .orderBy(asc(caseNodes.occurredOn), asc(caseNodes.createdAt));
      await recordAudit(tx, { ...audit, outcome: "ok" });
      return { title: person.title, unitName: person.unitName, unitNameEn: person.unitNameEn, nodes };
    });
    if (result) return result;
  } else if (code.ok) {
    // A good code spent on a wrong number or ID counts as a wrong try, so one code cannot probe ID after ID.
    await spendSmsCodeTry(db, { codeId: code.codeId });
  }
  await recordAudit(db, { ...audit, outcome: "denied" });
  throw new DomainError("CASE_QUERY_MISMATCH");
}
