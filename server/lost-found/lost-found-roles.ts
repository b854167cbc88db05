/** Who keeps found property at a station: the station officers and the window officers who hand it back. */
export const lostFoundDeskRoles = ["station_officer", "window_officer"] as const;
