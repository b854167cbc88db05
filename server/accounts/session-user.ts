import type { Role } from "@/db/schema";

/** What a signed-in request knows about its user; the JWT carries it, re-checked against the row each request. */
export type SessionUser = {
  id: string;
  name: string;
  roles: Role[];
  orgUnitId: number | null;
};

export const officerRoles = [
  "station_officer",
  "county_approver",
  "window_officer",
  "traffic_officer",
  "supervisor",
  "exit_entry_officer",
] as const satisfies readonly Role[];
export type OfficerRole = (typeof officerRoles)[number];

export const staffRoles = [...officerRoles, "insurer", "admin"] as const satisfies readonly Role[];

export function isOfficer(user: Pick<SessionUser, "roles"> | null | undefined): boolean {
  return !!user?.roles.some((r) => (officerRoles as readonly Role[]).includes(r));
}

export function isAdmin(user: Pick<SessionUser, "roles"> | null | undefined): boolean {
  return !!user?.roles.includes("admin");
}

export function isCitizen(user: Pick<SessionUser, "roles"> | null | undefined): boolean {
  return !!user?.roles.includes("citizen");
}

/** The dashboard's roles: officers plus insurers (who assess accident claims there). */
export function canUseDashboard(user: Pick<SessionUser, "roles"> | null | undefined): boolean {
  return isOfficer(user) || !!user?.roles.includes("insurer");
}
