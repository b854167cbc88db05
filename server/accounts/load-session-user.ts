import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { revokedSessions, users } from "@/db/schema";
import type { SessionUser } from "./session-user";

/**
 * Runs on every request that carries a session: the token is only good while its user is active, its
 * session version still matches the row (disabling an account or signing out everywhere ends every
 * session at once) and its own session was not signed out. Roles and unit come from the row, so a change applies on the next request.
 */
export async function loadSessionUser(
  db: Db,
  token: { userId: string; sessionId: string; sessionVersion: number },
): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      roles: users.roles,
      orgUnitId: users.orgUnitId,
      status: users.status,
      sessionVersion: users.sessionVersion,
      revoked: revokedSessions.sessionId,
    })
    .from(users)
    .leftJoin(revokedSessions, eq(revokedSessions.sessionId, token.sessionId))
    .where(eq(users.id, token.userId));
  if (!row || row.status !== "active" || row.sessionVersion !== token.sessionVersion || row.revoked) return null;
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}
