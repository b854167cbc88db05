import "server-only";

import { redirect } from "next/navigation";
import { currentUser } from "./current-user";
import { safeNextPath } from "./safe-next-path";
import { canUseDashboard, isAdmin, isCitizen, type SessionUser } from "./session-user";

/**
 * Page-level authorisation: every page and layout under /me, /dashboard and /admin calls one of these.
 * The proxy's redirect is only a convenience; this is the check that counts.
 */
async function requirePage(
  returnTo: string,
  signInPath: "/login" | "/staff/login",
  allowed: (user: SessionUser) => boolean,
): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const next = safeNextPath(returnTo);
    redirect(next ? `${signInPath}?next=${encodeURIComponent(next)}` : signInPath);
  }
  if (!allowed(user)) redirect("/forbidden");
  return user;
}

export function requireCitizenPage(returnTo: string): Promise<SessionUser> {
  return requirePage(returnTo, "/login", isCitizen);
}

export function requireDashboardPage(returnTo: string): Promise<SessionUser> {
  return requirePage(returnTo, "/staff/login", canUseDashboard);
}

export function requireAdminPage(returnTo: string): Promise<SessionUser> {
  return requirePage(returnTo, "/staff/login", isAdmin);
}
