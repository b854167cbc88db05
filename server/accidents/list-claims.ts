import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidents } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { insurerCompany } from "./insurer-company";

/**
 * An insurer's claims: the parties its company insures in accidents whose liability stands (agreed or
 * determined), newest first. Other companies' policyholders never show.
 */
export async function listClaims(db: Db, p: { userId: string }) {
  const company = await insurerCompany(db, p.userId);
  const rows = await db
    .select({
      partyId: accidentParties.id,
      accidentId: accidents.id,
      code: accidents.code,
      status: accidents.status,
      occurredAt: accidents.occurredAt,
      place: accidents.place,
      position: accidentParties.position,
      name: accidentParties.name,
      plateNumber: accidentParties.plateNumber,
      liability: accidentParties.liability,
      assessedLossFen: accidentParties.assessedLossFen,
      paidFen: accidentParties.paidFen,
    })
    .from(accidentParties)
    .innerJoin(accidents, eq(accidents.id, accidentParties.accidentId))
    .where(and(eq(accidentParties.insurerId, company.id), inArray(accidents.status, ["agreed", "determined"])))
    .orderBy(desc(accidents.decidedAt))
    .limit(200);
  return { company, claims: rows.map((r) => ({ ...r, name: maskName(r.name) })) };
}
