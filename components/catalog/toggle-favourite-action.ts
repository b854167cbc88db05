"use server";

import "server-only";
import { TRPCError } from "@trpc/server";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { createCaller } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";

const input = z.object({ serviceId: z.coerce.number().int().positive(), favourite: z.enum(["0", "1"]) });

/**
 * Form action of the star button. Goes through the `catalog.toggleFavourite` procedure, so the same
 * authorisation applies as for an app calling the API; works as a plain POST when JavaScript is off.
 */
export async function toggleFavouriteAction(formData: FormData): Promise<void> {
  const parsed = input.safeParse({ serviceId: formData.get("serviceId"), favourite: formData.get("favourite") });
  if (!parsed.success) return;
  const caller = createCaller(
    createContext({ db: await getDb(), user: await currentUser(), headers: new Headers(await headers()) }),
  );
  try {
    await caller.catalog.toggleFavourite({
      serviceId: parsed.data.serviceId,
      favourite: parsed.data.favourite === "1",
    });
  } catch (error) {
    // The session ended while the page was open: sign in again rather than show an error page.
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect("/login");
    throw error;
  }
  refresh();
}
