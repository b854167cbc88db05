import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { uniqueViolation } from "@/db/unique-violation";
import { accidentParties, accidents, orgUnits, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { randomCode } from "@/server/numbering/random-code";
import { columnUnder } from "@/server/orgs/scope";
import { type GateAnswers, gatePasses, maxParties } from "./accident-rules";
import { type PartyDetails, partyValues } from "./party-details";

/** Room for a phone clock running a little fast. */
const clockSkewMs = 5 * 60 * 1000;
/** Online quick handling is for an accident at the scene, not one reported days later. */
const maxAgeMs = 24 * 60 * 60 * 1000;
const henanPath = "/410000/";

export type CreateAccidentParams = {
  userId: string;
  gate: GateAnswers;
  occurredAt: Date;
  place: string;
  latitude?: number | null;
  longitude?: number | null;
  /** The district or county (org unit code) where it happened: its traffic officers decide. */
  unitCode: string;
  partyCount: number;
  party: PartyDetails;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * The reporter opens an accident after passing the gate: a refused gate records nothing (the page tells
 * them to stay and call 122). The reporter is party 甲; the others join with the 6-digit code.
 */
export async function createAccident(db: Db, p: CreateAccidentParams): Promise<{ id: string; code: string }> {
  if (!gatePasses(p.gate)) throw new DomainError("ACCIDENT_NOT_ELIGIBLE");
  const now = p.now ?? new Date();
  const fields: Record<string, string> = {};
  if (p.occurredAt.getTime() > now.getTime() + clockSkewMs) fields.occurredAt = "accident.occurredInFuture";
  else if (p.occurredAt.getTime() < now.getTime() - maxAgeMs) fields.occurredAt = "accident.occurredTooOld";
  const place = p.place.trim();
  if (place.length < 4 || place.length > 100) fields.place = "BAD_INPUT";
  if (!Number.isInteger(p.partyCount) || p.partyCount < 2 || p.partyCount > maxParties) fields.partyCount = "BAD_INPUT";
  const [unit] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.code, p.unitCode), eq(orgUnits.level, "county"), columnUnder(orgUnits.path, henanPath)));
  if (!unit) fields.unitCode = "accident.unit";
  if (Object.keys(fields).length || !unit) throw new DomainError("BAD_INPUT", {}, fields);
  const party = await partyValues(db, p.party, { userId: p.userId, now });

  // Two reports at once may draw the same free code: the partial unique index keeps one, the other draws again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertAccident(db, p, { unit, place, party });
    } catch (error) {
      if (attempt >= 3 || uniqueViolation(error) !== "accidents_open_code_idx") throw error;
    }
  }
}

async function insertAccident(
  db: Db,
  p: CreateAccidentParams,
  v: { unit: { id: number; path: string }; place: string; party: Awaited<ReturnType<typeof partyValues>> },
): Promise<{ id: string; code: string }> {
  const { unit, place, party } = v;
  return db.transaction(async (tx) => {
    const [reporter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, p.userId));
    if (!reporter) throw new DomainError("UNAUTHORIZED");
    const code = await freeCode(tx);
    const [row] = await tx
      .insert(accidents)
      .values({
        code,
        reporterId: p.userId,
        occurredAt: p.occurredAt,
        place,
        latitude: p.latitude ?? null,
        longitude: p.longitude ?? null,
        orgUnitId: unit.id,
        orgPath: unit.path,
        partyCount: p.partyCount,
      })
      .returning({ id: accidents.id });
    if (!row) throw new Error("createAccident: no row returned");
    await tx
      .insert(accidentParties)
      .values({ accidentId: row.id, position: 1, userId: p.userId, name: reporter.name, ...party });
    await recordAudit(tx, {
      actor: p.actor,
      action: "accident.reported",
      targetType: "accident",
      targetId: row.id,
      details: { unit: p.unitCode, partyCount: p.partyCount },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: row.id, code };
  });
}

/** A code no accident open for joining uses; the partial unique index backs this up under races. */
async function freeCode(tx: Db): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = randomCode(6);
    const [taken] = await tx
      .select({ id: accidents.id })
      .from(accidents)
      .where(and(eq(accidents.code, code), eq(accidents.status, "gathering")));
    if (!taken) return code;
  }
  throw new Error("createAccident: no free accident code");
}
