import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidents } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { insurerCompany } from "./insurer-company";
import { bumpVersion } from "./lock-party-accident";

/** Ten million yuan: far above any minor accident, a guard against a typo of several zeros. */
const maxFen = 1_000_000_000;

/**
 * The insurer records, for its own policyholder's claim, the assessed loss (定损) or the payment (赔付).
 * Payment needs an assessment first and cannot exceed it; each step is shown to the party and texted.
 */
export async function settleClaim(
  db: Db,
  p: {
    userId: string;
    partyId: string;
    step: "assess" | "pay";
    amountFen: number;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<void> {
  const now = p.now ?? new Date();
  if (!Number.isSafeInteger(p.amountFen) || p.amountFen <= 0 || p.amountFen > maxFen) {
    throw new DomainError("BAD_INPUT", {}, { amount: "accident.amount" });
  }
  const company = await insurerCompany(db, p.userId);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ party: accidentParties, code: accidents.code })
      .from(accidentParties)
      .innerJoin(accidents, eq(accidents.id, accidentParties.accidentId))
      .where(
        and(
          eq(accidentParties.id, p.partyId),
          eq(accidentParties.insurerId, company.id),
          inArray(accidents.status, ["agreed", "determined"]),
        ),
      )
      .for("update", { of: accidentParties });
    if (!row) throw new DomainError("NOT_FOUND");
    const { party } = row;
    if (p.step === "assess") {
      if (party.paidAt) throw new DomainError("ACCIDENT_WRONG_STATE");
      await tx
        .update(accidentParties)
        .set({ assessedLossFen: p.amountFen, assessedAt: now, assessedBy: p.userId })
        .where(eq(accidentParties.id, party.id));
    } else {
      if (party.assessedLossFen === null) throw new DomainError("CLAIM_NOT_ASSESSED");
      if (party.paidAt) throw new DomainError("ACCIDENT_WRONG_STATE");
      if (p.amountFen > party.assessedLossFen) throw new DomainError("BAD_INPUT", {}, { amount: "accident.amount" });
      await tx
        .update(accidentParties)
        .set({ paidFen: p.amountFen, paidAt: now, paidBy: p.userId })
        .where(eq(accidentParties.id, party.id));
    }
    await bumpVersion(tx, party.accidentId);
    await queueSms(tx, {
      idempotencyKey: `claim_${p.step}:${party.id}:${now.getTime()}`,
      phone: decryptPii(party.phoneEnc),
      template: p.step === "assess" ? "claim_assessed" : "claim_paid",
      params: { insurer: company.name, code: row.code, amount: fenToYuan(p.amountFen) },
    });
    await recordAudit(tx, {
      actor: p.actor,
      action: p.step === "assess" ? "accident.claim_assessed" : "accident.claim_paid",
      targetType: "accident_party",
      targetId: party.id,
      subjectIdHash: party.licenceNumberHash,
      details: { amountFen: p.amountFen, insurer: company.code },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
  await kickSmsDispatch();
}
