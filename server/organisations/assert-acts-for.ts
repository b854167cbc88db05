import "server-only";
import type { Db } from "@/db/client";
import { DomainError } from "@/server/errors";
import { type CurrentMembership, currentMembership } from "./current-membership";

/**
 * Refuses unless the user acts for the organisation now: NOT_FOUND for anyone who is not (or no longer) a
 * member — a stranger learns nothing of the company's applications, not even that they exist — and
 * FORBIDDEN when `as` asks for the legal representative and the user is only authorised. Pass the
 * transaction, so the check and the change it guards see the same rows.
 */
export async function assertActsFor(
  tx: Db,
  p: { userId: string; organisationId: string; as?: "legal_representative" },
): Promise<CurrentMembership> {
  const membership = await currentMembership(tx, p);
  if (!membership) throw new DomainError("NOT_FOUND");
  if (p.as && membership.role !== p.as) throw new DomainError("FORBIDDEN");
  return membership;
}
