"use server";

import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { createCaller } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";

const serviceId = z.coerce.number().int().positive();

/**
 * Reports that the citizen has a guide open, through the `catalog.guideOpened` procedure (same checks as
 * the API). A lost report only costs a home recommendation, so failures are not the reader's problem.
 * It takes form data like every action of this app: `proxy.ts` refuses action calls with other arguments.
 */
export async function guideOpenedAction(formData: FormData): Promise<void> {
  const parsed = serviceId.safeParse(formData.get("serviceId"));
  if (!parsed.success) return;
  const caller = createCaller(
    createContext({ db: await getDb(), user: await currentUser(), headers: new Headers(await headers()) }),
  );
  await caller.catalog.guideOpened({ serviceId: parsed.data }).catch(() => undefined);
}
