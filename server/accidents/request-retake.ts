import type { Db } from "@/db/client";
import { type AuditActor, recordAuditPerSubject } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { requiredSlots } from "./accident-rules";
import { partiesOf } from "./accident-view";
import { bumpVersion } from "./lock-party-accident";
import { loadAccidentForActor } from "./load-accident-for-actor";
import { slotLabel } from "./slot-label";

/**
 * The officer cannot decide from a photo (blurred, wrong document): the parties are asked by SMS to take
 * that one again; the accident leaves the queue until the new photo arrives.
 */
export async function requestRetake(
  db: Db,
  p: {
    scope: Jurisdiction;
    accidentId: string;
    slot: string;
    note: string;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<void> {
  const note = p.note.trim();
  if (note.length > 150) throw new DomainError("BAD_INPUT", {}, { note: "BAD_INPUT" });
  // Checked before the transaction too, so a refusal is audited rather than rolled back with it.
  await loadAccidentForActor(db, { ...p, action: "accident.retake_requested" });
  await db.transaction(async (tx) => {
    const accident = await loadAccidentForActor(tx, { ...p, action: "accident.retake_requested", lock: true });
    if (accident.status !== "awaiting_determination") throw new DomainError("ACCIDENT_WRONG_STATE");
    if (!requiredSlots(accident.partyCount).includes(p.slot))
      throw new DomainError("BAD_INPUT", {}, { slot: "accident.slot" });
    await bumpVersion(tx, accident.id, {
      status: "retake",
      retakeSlot: p.slot,
      retakeNote: note || null,
      awaitingSince: null,
    });
    const parties = await partiesOf(tx, accident.id);
    for (const party of parties) {
      await queueSms(tx, {
        idempotencyKey: `accident_retake:${accident.id}:${accident.version}:${party.position}`,
        phone: decryptPii(party.phoneEnc),
        template: "accident_retake",
        params: { code: accident.code, shot: slotLabel(p.slot) },
      });
    }
    await recordAuditPerSubject(
      tx,
      {
        actor: p.actor,
        action: "accident.retake_requested",
        targetType: "accident",
        targetId: accident.id,
        details: { slot: p.slot },
        ip: p.ip,
        correlationId: p.correlationId,
      },
      parties.map((party) => party.licenceNumberHash),
    );
  });
  await kickSmsDispatch();
}
