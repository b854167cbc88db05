import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { endorsementApplications, orgUnits, users } from "@/db/schema";
import type { UserActor } from "@/server/accounts/actor";
import { DomainError } from "@/server/errors";
import { inScope } from "@/server/orgs/scope";
import type { EndorsementAction } from "./endorsement-transitions";

/**
 * An endorsement application as the actor may act on it, locked: an officer (an actor with a scope) any
 * of their subtree's but never to withdraw, the applicant only their own and only to withdraw. Anything
 * else does not exist to them; another jurisdiction's is OUT_OF_JURISDICTION. Comes with the applicant's
 * ID hash for the audit entry.
 */
export async function loadEndorsementForActor(
  tx: Tx,
  p: { actor: UserActor; applicationId: string; action: EndorsementAction },
) {
  const [row] = await tx
    .select({ app: endorsementApplications, path: orgUnits.path, applicantIdHash: users.idNumberHash })
    .from(endorsementApplications)
    .innerJoin(orgUnits, eq(orgUnits.id, endorsementApplications.orgUnitId))
    .innerJoin(users, eq(users.id, endorsementApplications.applicantId))
    .where(eq(endorsementApplications.id, p.applicationId))
    .for("update", { of: endorsementApplications });
  if (!row) throw new DomainError("NOT_FOUND");
  const officerScope = p.actor.scope;
  if (officerScope ? p.action === "withdraw" : row.app.applicantId !== p.actor.user.id || p.action !== "withdraw") {
    throw new DomainError("NOT_FOUND");
  }
  if (officerScope && !inScope(officerScope, row.path)) throw new DomainError("OUT_OF_JURISDICTION");
  return { app: row.app, applicantIdHash: row.applicantIdHash, byOfficer: !!officerScope };
}
