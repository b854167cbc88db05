import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidents } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { type AccidentView, accidentView, partiesOf } from "./accident-view";
import { insurerCompany } from "./insurer-company";

/**
 * One claim of the insurer's company: the whole accident (photos, liabilities, the agreement or
 * determination) with the policyholder marked. Another company's claim is NOT_FOUND.
 */
export async function getClaim(
  db: Db,
  p: { userId: string; partyId: string },
): Promise<AccidentView & { claimPartyId: string }> {
  const company = await insurerCompany(db, p.userId);
  const [row] = await db
    .select({ accident: accidents })
    .from(accidentParties)
    .innerJoin(accidents, eq(accidents.id, accidentParties.accidentId))
    .where(
      and(
        eq(accidentParties.id, p.partyId),
        eq(accidentParties.insurerId, company.id),
        inArray(accidents.status, ["agreed", "determined"]),
      ),
    );
  if (!row) throw new DomainError("NOT_FOUND");
  return { ...(await accidentView(db, row.accident, await partiesOf(db, row.accident.id))), claimPartyId: p.partyId };
}
