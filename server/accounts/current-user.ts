import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { auth } from "@/auth";
import { roles } from "@/db/schema";
import { hasSessionCookie } from "./has-session-cookie";
import type { SessionUser } from "./session-user";

const sessionUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  roles: z.array(z.enum(roles)),
  orgUnitId: z.number().int().nullable(),
});

/**
 * The signed-in user of this request, already re-checked against the database by the jwt callback,
 * or null. Cached per server render, so a layout, its page and their procedures check once. A request
 * without a session cookie skips Auth.js, which would otherwise build a request, a CSRF token and a
 * response only to find no session.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  if (!hasSessionCookie((await cookies()).getAll())) return null;
  const session = await auth();
  return sessionUserSchema.safeParse(session?.user).data ?? null;
});
