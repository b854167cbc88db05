import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { benchSecrets } from "./bench-env";

/** The cookie Auth.js reads over plain http (on https it is `__Secure-authjs.session-token`). */
export const sessionCookieName = "authjs.session-token";

/**
 * A session cookie for a user, as Auth.js would set after sign-in: the benchmarks measure pages and
 * procedures, not the Argon2 sign-in, so they mint the token with the server's secret. The server still
 * loads and checks the user row on every request, exactly as for a real session.
 */
export async function sessionCookie(userId: string, sessionVersion = 1): Promise<string> {
  const token = await encode({
    token: { sub: userId, sid: randomUUID(), sv: sessionVersion, at: Math.floor(Date.now() / 1000) },
    secret: benchSecrets.AUTH_SECRET,
    salt: sessionCookieName,
    maxAge: 8 * 60 * 60,
  });
  return `${sessionCookieName}=${token}`;
}
