import "server-only";

import { getQueryClient, trpc } from "@/components/trpc/server";
import { isOfficer, type SessionUser } from "@/server/accounts/session-user";
import type { UnitDescription } from "@/server/orgs/describe-unit";

/**
 * The officer's unit through `org.myUnit`, cached for the request so the dashboard layout and page share
 * one call. Insurers also use the dashboard but belong to no police unit: they get null.
 */
export async function fetchMyUnit(user: SessionUser): Promise<UnitDescription | null> {
  if (!isOfficer(user) || user.orgUnitId == null) return null;
  return getQueryClient().fetchQuery(trpc.org.myUnit.queryOptions());
}
