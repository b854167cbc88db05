import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getQueryClient, trpc } from "@/components/trpc/server";
import type { OfficerApplication } from "./application-panels";

/**
 * Loads an application for the signed-in officer's page. The procedure audits the register reads and
 * refuses other jurisdictions; a refusal becomes a readable message, an unknown id a 404.
 */
export async function loadOfficerApplication(id: string): Promise<OfficerApplication | "forbidden"> {
  try {
    return await getQueryClient().fetchQuery(trpc.applicationDesk.get.queryOptions({ id }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return "forbidden";
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
