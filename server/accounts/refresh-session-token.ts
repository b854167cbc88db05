import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/db/client";
import { loadSessionUser } from "./load-session-user";
import type { SessionUser } from "./session-user";

/**
 * Absolute session lifetime, counted from sign-in (`at`): Auth.js re-issues the token whenever its
 * session endpoint is read, which alone would let a copied cookie live for ever.
 */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

/** `sid` names this sign-in, so signing out can end it alone (revokeSession). */
export const sessionClaimsSchema = z.object({
  sub: z.uuid(),
  sid: z.uuid(),
  sv: z.number().int(),
  at: z.number().int(),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;
export type SessionToken = SessionClaims & { user: SessionUser };

/**
 * The body of the Auth.js `jwt` callback. The token keeps only the user id, the session's id and version
 * and the sign-in time; the user row and the revoked sessions decide on every request whether the
 * session still stands (null ends it) and supply the current roles and unit.
 */
export async function refreshSessionToken(
  db: Db,
  params: {
    token: Record<string, unknown>;
    /** Set on the sign-in request only: the user `authorize` returned. */
    signedIn?: { id: string; sessionVersion: number };
    now?: Date;
  },
): Promise<SessionToken | null> {
  const nowSeconds = Math.floor((params.now ?? new Date()).getTime() / 1000);
  const claims = params.signedIn
    ? { sub: params.signedIn.id, sid: randomUUID(), sv: params.signedIn.sessionVersion, at: nowSeconds }
    : sessionClaimsSchema.safeParse(params.token).data;
  if (!claims || nowSeconds - claims.at > sessionMaxAgeSeconds) return null;
  const user = await loadSessionUser(db, { userId: claims.sub, sessionId: claims.sid, sessionVersion: claims.sv });
  return user ? { ...claims, user } : null;
}
