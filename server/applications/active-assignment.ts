import type { Application } from "@/db/schema";

/**
 * How long "assign to me" holds an item against colleagues. Half a working day: long enough to review a
 * case with a break in between, short enough that an officer who went off shift, was called out or fell
 * ill does not leave a citizen's case stuck past its SLA. After that anyone on the desk may take it over
 * (or simply act on it); the takeover is audited, so it is never silent.
 */
export const assignmentHoldMs = 4 * 60 * 60 * 1000;

/** The officer whose assignment still holds the item, or null when it is free or the hold has lapsed. */
export function activeAssignee(app: Pick<Application, "assignedTo" | "assignedAt">, now: Date): string | null {
  if (!app.assignedTo || !app.assignedAt) return null;
  return now.getTime() - app.assignedAt.getTime() < assignmentHoldMs ? app.assignedTo : null;
}
