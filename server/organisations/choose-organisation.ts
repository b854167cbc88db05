import "server-only";
import type { Db } from "@/db/client";
import type { EngineConfig } from "@/server/applications/engine-config";
import { DomainError } from "@/server/errors";
import { assertActsFor } from "./assert-acts-for";

/**
 * The organisation an application is started for, checked against the service: a service whose engine
 * applicant is "organisation" needs one the user acts for now and that is still in existence (not
 * revoked or deregistered); a person's service takes none. Returns what to store in applications.organisationId.
 */
export async function chooseOrganisation(
  tx: Db,
  p: { userId: string; applicant: EngineConfig["applicant"]; organisationId?: string | null },
): Promise<string | null> {
  if (p.applicant === "person") {
    if (p.organisationId) throw new DomainError("BAD_INPUT", {}, { organisationId: "organisation.notForPerson" });
    return null;
  }
  if (!p.organisationId) throw new DomainError("BAD_INPUT", {}, { organisationId: "organisation.required" });
  const membership = await assertActsFor(tx, { userId: p.userId, organisationId: p.organisationId });
  if (membership.enterpriseStatus !== "active")
    throw new DomainError("BAD_INPUT", {}, { organisationId: "organisation.notActive" });
  return p.organisationId;
}
