import "server-only";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { revokedSessions } from "@/db/schema";
import { sessionMaxAgeSeconds } from "./refresh-session-token";

/**
 * Ends one session (this browser's sign-out): its token is refused from the next request on, wherever a
 * copy of the cookie is. The user's rows for sessions that have expired anyway are dropped on the way.
 */
export async function revokeSession(
  db: Db,
  p: { sessionId: string; userId: string; signedInAtSeconds: number; now?: Date },
): Promise<void> {
  const now = p.now ?? new Date();
  const expiresAt = new Date((p.signedInAtSeconds + sessionMaxAgeSeconds) * 1000);
  await db.transaction(async (tx) => {
    await tx
      .delete(revokedSessions)
      .where(and(eq(revokedSessions.userId, p.userId), lt(revokedSessions.expiresAt, now)));
    await tx
      .insert(revokedSessions)
      .values({ sessionId: p.sessionId, userId: p.userId, expiresAt })
      .onConflictDoNothing();
  });
}
