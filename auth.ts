import NextAuth, { type User } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  refreshSessionToken,
  type SessionToken,
  sessionClaimsSchema,
  sessionMaxAgeSeconds,
} from "@/server/accounts/refresh-session-token";
import { revokeSession } from "@/server/accounts/revoke-session";
import { signInCitizenWithCode } from "@/server/accounts/sign-in-citizen-with-code";
import { signInCitizenWithPassword } from "@/server/accounts/sign-in-citizen-with-password";
import { SignInRefused, toSignInRefused } from "@/server/accounts/sign-in-refused";
import { signInStaff } from "@/server/accounts/sign-in-staff";
import type { SignedIn } from "@/server/accounts/signed-in";
import { logError } from "@/server/log";
import { requestMetaFrom } from "@/server/trpc";

/** What authorize hands to the jwt callback: the user id and the session version the token will carry. */
type AuthorizedUser = User & { id: string; sessionVersion: number };

const field = z.string().max(128);

/**
 * Wraps a sign-in service as an Auth.js authorize callback: the form fields are checked for shape only
 * (the service judges them), and a DomainError becomes a SignInRefused the page can show.
 */
function authorizeWith<T extends z.ZodRawShape>(
  shape: T,
  service: (input: z.infer<z.ZodObject<T>>, ip: string | null) => Promise<SignedIn>,
) {
  const schema = z.object(shape);
  return async (credentials: Partial<Record<string, unknown>>, request: Request): Promise<User> => {
    const parsed = schema.safeParse(credentials);
    if (!parsed.success) throw new SignInRefused("INVALID_CREDENTIALS");
    try {
      const { user, sessionVersion } = await service(parsed.data, requestMetaFrom(request.headers).ip);
      const authorized: AuthorizedUser = { id: user.id, name: user.name, sessionVersion };
      return authorized;
    } catch (error) {
      throw toSignInRefused(error);
    }
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      id: "citizen-password",
      credentials: { phone: {}, password: {} },
      authorize: authorizeWith({ phone: field, password: field }, async (input, ip) =>
        signInCitizenWithPassword(await getDb(), { ...input, ip }),
      ),
    }),
    Credentials({
      id: "citizen-code",
      credentials: { phone: {}, code: {} },
      authorize: authorizeWith({ phone: field, code: field }, async (input, ip) =>
        signInCitizenWithCode(await getDb(), { ...input, ip }),
      ),
    }),
    Credentials({
      id: "staff",
      credentials: { account: {}, password: {}, totp: {} },
      authorize: authorizeWith({ account: field, password: field, totp: field }, async (input, ip) =>
        signInStaff(await getDb(), { ...input, ip }),
      ),
    }),
  ],
  callbacks: {
    /** Runs on sign-in and on every request that reads the session: see refreshSessionToken. */
    async jwt({ token, user, trigger }) {
      const signedIn = trigger === "signIn" ? (user as AuthorizedUser | undefined) : undefined;
      return refreshSessionToken(await getDb(), { token, signedIn });
    },
    session({ session, token }) {
      return { ...session, user: (token as unknown as SessionToken).user };
    },
  },
  events: {
    /** Any sign-out (the menu's, or Auth.js's own page): the session ends on the server, not just in this browser. */
    async signOut(message) {
      const claims = "token" in message ? sessionClaimsSchema.safeParse(message.token).data : undefined;
      if (claims)
        await revokeSession(await getDb(), { sessionId: claims.sid, userId: claims.sub, signedInAtSeconds: claims.at });
    },
  },
  logger: {
    error(error) {
      // A refused sign-in is an expected outcome, already in the audit log.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      logError("auth.js", error);
    },
  },
});
