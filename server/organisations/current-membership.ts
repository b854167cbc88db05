import "server-only";
import { and, eq, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { enterprises, type OrganisationRole, organisationMembers, organisations, users } from "@/db/schema";

/**
 * Whether a membership row counts now: not revoked, and for a legal representative, the register still
 * names them (a company that changed its legal representative is no longer theirs to act for). Needs
 * organisations, enterprises and the member's users row joined.
 */
export function currentMemberCondition(): SQL {
  return and(
    isNull(organisationMembers.revokedAt),
    or(eq(organisationMembers.role, "authorised"), eq(enterprises.legalRepIdHash, users.idNumberHash)),
  )!;
}

export type CurrentMembership = {
  memberId: string;
  role: OrganisationRole;
  enterpriseStatus: (typeof enterprises.$inferSelect)["status"];
};

/** The user's current membership of the organisation, or null when they do not act for it (any more). */
export async function currentMembership(
  db: Db,
  p: { userId: string; organisationId: string },
): Promise<CurrentMembership | null> {
  const [row] = await db
    .select({ memberId: organisationMembers.id, role: organisationMembers.role, enterpriseStatus: enterprises.status })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .innerJoin(enterprises, eq(enterprises.id, organisations.enterpriseId))
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(
      and(
        eq(organisationMembers.userId, p.userId),
        eq(organisationMembers.organisationId, p.organisationId),
        currentMemberCondition(),
      ),
    )
    .limit(1);
  return row ?? null;
}
