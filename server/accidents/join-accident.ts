import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidents, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { type PartyDetails, partyValues } from "./party-details";

/**
 * Another driver joins from their own phone with the code shown on the reporter's screen, and becomes the
 * next party (乙, 丙…). Joining twice returns the same accident; a full accident is refused.
 */
export async function joinAccident(
  db: Db,
  p: {
    userId: string;
    code: string;
    party: PartyDetails;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<{ id: string }> {
  const code = p.code.trim();
  if (!/^\d{6}$/.test(code)) throw new DomainError("ACCIDENT_CODE_UNKNOWN");
  return db.transaction(async (tx) => {
    const [accident] = await tx
      .select({ id: accidents.id, partyCount: accidents.partyCount })
      .from(accidents)
      .where(and(eq(accidents.code, code), eq(accidents.status, "gathering")))
      .for("update");
    if (!accident) throw new DomainError("ACCIDENT_CODE_UNKNOWN");
    const joined = await tx
      .select({ userId: accidentParties.userId, position: accidentParties.position })
      .from(accidentParties)
      .where(eq(accidentParties.accidentId, accident.id));
    if (joined.some((j) => j.userId === p.userId)) return { id: accident.id };
    if (joined.length >= accident.partyCount) throw new DomainError("ACCIDENT_FULL");
    // After the code and the room: a wrong code or a full accident says so before any detail is judged.
    const party = await partyValues(tx, p.party, { userId: p.userId });
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, p.userId));
    if (!me) throw new DomainError("UNAUTHORIZED");
    const position = Math.max(...joined.map((j) => j.position)) + 1;
    await tx
      .insert(accidentParties)
      .values({ accidentId: accident.id, position, userId: p.userId, name: me.name, ...party });
    await tx
      .update(accidents)
      .set({ version: sql`${accidents.version} + 1` })
      .where(eq(accidents.id, accident.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: "accident.joined",
      targetType: "accident",
      targetId: accident.id,
      details: { position },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: accident.id };
  });
}
