import type { Db } from "@/db/client";
import type { Liability } from "@/db/schema";
import { type AuditActor, recordAuditPerSubject } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { liabilitiesConsistent } from "./accident-rules";
import { partiesOf } from "./accident-view";
import { loadAccidentForActor } from "./load-accident-for-actor";
import { settleLiability } from "./settle-liability";

/**
 * A traffic officer determines liability remotely: one liability per party (consistent, like an
 * agreement), the rule applied and a note. Issues the determination (认定书) and texts every party.
 */
export async function decideAccident(
  db: Db,
  p: {
    scope: Jurisdiction;
    officerId: string;
    accidentId: string;
    liabilities: { partyId: string; liability: Liability }[];
    rule: string;
    note: string;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<{ documentId: string }> {
  const now = p.now ?? new Date();
  const rule = p.rule.trim();
  const note = p.note.trim();
  const fields: Record<string, string> = {};
  if (rule.length < 2 || rule.length > 100) fields.rule = "BAD_INPUT";
  if (note.length > 150) fields.note = "BAD_INPUT";
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  // Checked before the transaction too, so a refusal is audited rather than rolled back with it.
  await loadAccidentForActor(db, { ...p, action: "accident.determined" });
  const result = await db.transaction(async (tx) => {
    const accident = await loadAccidentForActor(tx, { ...p, action: "accident.determined", lock: true });
    if (accident.status !== "awaiting_determination") throw new DomainError("ACCIDENT_WRONG_STATE");
    const parties = await partiesOf(tx, accident.id);
    const given = new Map(p.liabilities.map((l) => [l.partyId, l.liability]));
    if (given.size !== parties.length || !parties.every((party) => given.has(party.id))) {
      throw new DomainError("BAD_INPUT", {}, { liabilities: "accident.liabilities" });
    }
    if (!liabilitiesConsistent([...given.values()])) throw new DomainError("LIABILITY_INCONSISTENT");
    const settled = await settleLiability(tx, {
      accident,
      parties,
      liabilities: given,
      outcome: "determined",
      officer: { id: p.officerId, rule, note },
      now,
    });
    await recordAuditPerSubject(
      tx,
      {
        actor: p.actor,
        action: "accident.determined",
        targetType: "accident",
        targetId: accident.id,
        details: {
          liabilities: parties.map((party) => given.get(party.id)),
          // The seed's target: minutes from the last photo to the decision.
          waitedSeconds: accident.awaitingSince
            ? Math.round((now.getTime() - accident.awaitingSince.getTime()) / 1000)
            : null,
        },
        ip: p.ip,
        correlationId: p.correlationId,
      },
      parties.map((party) => party.licenceNumberHash),
    );
    return settled;
  });
  await kickSmsDispatch();
  return result;
}
