import type { SessionUser } from "./session-user";

/** What a successful sign-in hands to Auth.js: the user and the session version the token will carry. */
export type SignedIn = { user: SessionUser; sessionVersion: number };
