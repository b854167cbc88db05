import { canUseDashboard, isAdmin, type SessionUser } from "./session-user";

/** Where a user lands after sign-in when no `next` was asked for. */
export function homePath(user: Pick<SessionUser, "roles">): string {
  if (isAdmin(user)) return "/admin";
  if (canUseDashboard(user)) return "/dashboard";
  return "/";
}
