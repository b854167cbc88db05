import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { assertComplete } from "./assert-complete";
import { bumpVersion, lockPartyAccident } from "./lock-party-accident";

/**
 * A party asks the traffic police to decide liability remotely (also when self-agreement fails): the
 * accident enters the queue of the officers whose jurisdiction covers its place, with the party's account
 * of what happened. Signatures given so far lapse.
 */
export async function askDetermination(
  db: Db,
  p: {
    userId: string;
    accidentId: string;
    statement: string;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<void> {
  const now = p.now ?? new Date();
  const statement = p.statement.trim();
  if (statement.length > 500) throw new DomainError("BAD_INPUT", {}, { statement: "BAD_INPUT" });
  await db.transaction(async (tx) => {
    const { accident, parties, me } = await lockPartyAccident(tx, p);
    if (accident.status !== "gathering" && accident.status !== "agreeing")
      throw new DomainError("ACCIDENT_WRONG_STATE");
    await assertComplete(tx, accident, parties.length);
    if (statement) await tx.update(accidentParties).set({ statement }).where(eq(accidentParties.id, me.id));
    await tx.update(accidentParties).set({ signedAt: null }).where(eq(accidentParties.accidentId, accident.id));
    await bumpVersion(tx, accident.id, { status: "awaiting_determination", awaitingSince: now });
    await recordAudit(tx, {
      actor: p.actor,
      action: "accident.determination_requested",
      targetType: "accident",
      targetId: accident.id,
      details: { position: me.position },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  });
}
