import type { OfficerRole } from "@/server/accounts/session-user";

/** The county exit-entry section's officers record documents and serve the exit-entry window. */
export const exitEntryOfficerRoles = ["exit_entry_officer"] as const satisfies readonly OfficerRole[];
