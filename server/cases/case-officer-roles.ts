/**
 * Who handles cases: the station's officers, and the county bureau's approvers for every unit of their
 * county. Each sees and edits only cases whose handling unit is in their own subtree.
 */
export const caseOfficerRoles = ["station_officer", "county_approver"] as const;
