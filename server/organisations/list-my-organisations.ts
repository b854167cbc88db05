import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { enterprises, organisationMembers, organisations, users } from "@/db/schema";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAuditPerSubject } from "@/server/audit/record-audit";
import { maskIdNumber } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { currentMemberCondition } from "./current-membership";

type Trail = AuditTrail & { actor: { id: string } };

export type MyOrganisation = {
  organisationId: string;
  memberId: string;
  name: string;
  uscc: string;
  industry: (typeof enterprises.$inferSelect)["industry"];
  status: (typeof enterprises.$inferSelect)["status"];
  role: (typeof organisationMembers.$inferSelect)["role"];
  since: Date;
  /** For a legal representative: the people authorised to act for the company now; empty otherwise. */
  members: {
    memberId: string;
    name: string;
    maskedIdNumber: string;
    since: Date;
    authorisedByName: string | null;
  }[];
};

/**
 * The companies the user acts for now, with, for those they represent, whom they authorised. Showing the
 * authorised people's (masked) numbers to the legal representative is a read of their data: audited per person.
 */
export async function listMyOrganisations(db: Db, p: Trail): Promise<MyOrganisation[]> {
  const mine = await db
    .select({
      organisationId: organisations.id,
      memberId: organisationMembers.id,
      name: enterprises.name,
      uscc: enterprises.uscc,
      industry: enterprises.industry,
      status: enterprises.status,
      role: organisationMembers.role,
      since: organisationMembers.since,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .innerJoin(enterprises, eq(enterprises.id, organisations.enterpriseId))
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(and(eq(organisationMembers.userId, p.actor.id), currentMemberCondition()))
    .orderBy(asc(organisationMembers.since));

  const represented = mine.filter((m) => m.role === "legal_representative").map((m) => m.organisationId);
  const authoriser = alias(users, "authoriser");
  const people = represented.length
    ? await db
        .select({
          organisationId: organisationMembers.organisationId,
          memberId: organisationMembers.id,
          name: users.name,
          idNumberEnc: users.idNumberEnc,
          idNumberHash: users.idNumberHash,
          since: organisationMembers.since,
          authorisedByName: authoriser.name,
        })
        .from(organisationMembers)
        .innerJoin(users, eq(users.id, organisationMembers.userId))
        .leftJoin(authoriser, eq(authoriser.id, organisationMembers.authorisedBy))
        .where(
          and(
            inArray(organisationMembers.organisationId, represented),
            eq(organisationMembers.role, "authorised"),
            isNull(organisationMembers.revokedAt),
          ),
        )
        .orderBy(asc(organisationMembers.since))
    : [];
  for (const organisationId of represented) {
    const theirs = people.filter((m) => m.organisationId === organisationId);
    if (!theirs.length) continue;
    await recordAuditPerSubject(
      db,
      {
        actor: p.actor,
        ip: p.ip,
        correlationId: p.correlationId,
        action: "organisation.members_viewed",
        targetType: "organisation",
        targetId: organisationId,
      },
      theirs.map((m) => m.idNumberHash),
    );
  }
  return mine.map((m) => ({
    ...m,
    members: people
      .filter((x) => x.organisationId === m.organisationId)
      .map((x) => ({
        memberId: x.memberId,
        name: x.name,
        maskedIdNumber: x.idNumberEnc ? maskIdNumber(decryptPii(x.idNumberEnc)) : "",
        since: x.since,
        authorisedByName: x.authorisedByName,
      })),
  }));
}
