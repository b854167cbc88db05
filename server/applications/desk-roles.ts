import type { OfficerRole } from "@/server/accounts/session-user";

/** The roles that work household applications; other officers (traffic) never open one. */
export const deskRoles = [
  "station_officer",
  "county_approver",
  "window_officer",
] as const satisfies readonly OfficerRole[];
export type DeskRole = (typeof deskRoles)[number];

/** The roles that may open an application on the desk: those who work them, and unit supervisors, who only read. */
export const deskReaderRoles = [...deskRoles, "supervisor"] as const satisfies readonly OfficerRole[];
