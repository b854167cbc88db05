import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties } from "@/db/schema";
import { consumeSmsCode } from "@/server/accounts/consume-sms-code";
import { verifySmsCode } from "@/server/accounts/verify-sms-code";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { liabilitiesConsistent } from "./accident-rules";
import { bumpVersion, lockPartyAccident } from "./lock-party-accident";
import { settleLiability } from "./settle-liability";

/**
 * A party signs the agreement with the SMS code. When the last party signs, the answers become the
 * accident's liabilities, the agreement (协议书) is issued as a PDF and every party gets an SMS.
 */
export async function signAgreement(
  db: Db,
  p: {
    userId: string;
    accidentId: string;
    code: string;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<{ settled: boolean }> {
  const now = p.now ?? new Date();
  const [mine] = await db
    .select({ phoneEnc: accidentParties.phoneEnc })
    .from(accidentParties)
    .where(and(eq(accidentParties.accidentId, p.accidentId), eq(accidentParties.userId, p.userId)));
  if (!mine) throw new DomainError("NOT_FOUND");
  // A wrong try is counted even though the transaction below never runs.
  const check = await verifySmsCode(db, {
    purpose: "accident_sign",
    phone: decryptPii(mine.phoneEnc),
    code: p.code.trim(),
    now,
  });
  if (!check.ok) throw new DomainError("INVALID_CODE");

  const result = await db.transaction(async (tx) => {
    const { accident, parties, me } = await lockPartyAccident(tx, p);
    if (accident.status !== "agreeing") throw new DomainError("ACCIDENT_WRONG_STATE");
    const claims = parties.map((x) => x.claimedLiability).filter((c) => c !== null);
    if (claims.length < accident.partyCount || !liabilitiesConsistent(claims))
      throw new DomainError("LIABILITY_INCONSISTENT");
    if (!(await consumeSmsCode(tx, { codeId: check.codeId, now }))) throw new DomainError("INVALID_CODE");
    await tx.update(accidentParties).set({ signedAt: now }).where(eq(accidentParties.id, me.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: "accident.agreement_signed",
      targetType: "accident",
      targetId: accident.id,
      details: { position: me.position, liability: me.claimedLiability },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    if (!parties.every((x) => x.id === me.id || x.signedAt !== null)) {
      await bumpVersion(tx, accident.id);
      return { settled: false };
    }
    await settleLiability(tx, {
      accident,
      parties,
      liabilities: new Map(parties.map((x) => [x.id, x.claimedLiability ?? "none"])),
      outcome: "agreed",
      officer: null,
      now,
    });
    return { settled: true };
  });
  if (result.settled) await kickSmsDispatch();
  return result;
}
