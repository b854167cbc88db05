import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";

/** The service an admin page is about; an unknown or malformed code is a 404, not an error page. */
export const loadAdminService = cache(async (code: string) => {
  if (!serviceCodeSchema.safeParse(code).success) notFound();
  try {
    return await getQueryClient().fetchQuery(trpc.catalogAdmin.service.queryOptions({ code }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
