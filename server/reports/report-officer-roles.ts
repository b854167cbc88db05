import type { OfficerRole } from "@/server/accounts/session-user";

/**
 * Who works reports: the officers of the handling unit (a station, or a city desk staffed by reviewing
 * officers) and the county bureau's approvers over their county. Each sees only reports whose handling
 * unit lies in their own subtree.
 */
export const reportOfficerRoles = ["station_officer", "county_approver"] as const satisfies readonly OfficerRole[];
