import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { requireCitizenPage } from "@/server/accounts/page-guards";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed-in citizen's application for a page under /me/applications/[id]. Someone else's, a missing
 * one and a malformed id are all the same 404, as the procedure intends. Fetched fresh on every request:
 * the state changes under the citizen's feet (officers, jobs, payment callbacks).
 */
export const loadMyApplication = cache(async (id: string, returnTo: string) => {
  await requireCitizenPage(returnTo);
  if (!uuid.test(id)) notFound();
  try {
    return await getQueryClient().fetchQuery({ ...trpc.applications.get.queryOptions({ id }), staleTime: 0 });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});
