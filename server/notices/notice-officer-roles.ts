import type { OfficerRole } from "@/server/accounts/session-user";

/**
 * Who works the notice boards: every officer role drafts for their own unit and answers its objections; of
 * them only a supervisor approves, and only over units in their subtree and never their own draft (checked
 * where the approval acts, in actOnNotice).
 */
export const noticeOfficerRoles = [
  "station_officer",
  "county_approver",
  "window_officer",
  "traffic_officer",
  "exit_entry_officer",
  "supervisor",
] as const satisfies readonly OfficerRole[];

export const noticeApproverRole = "supervisor" satisfies OfficerRole;
