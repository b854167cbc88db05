/**
 * What a background function returns so its run can be summarised on the ops page (job_runs):
 * how many items it handled and how many SMS it queued. Extra fields are allowed and ignored there.
 */
export type JobSummary = { itemsProcessed?: number; smsQueued?: number };

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

export function jobSummaryOf(result: unknown): Required<JobSummary> {
  const r = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
  return { itemsProcessed: count(r.itemsProcessed), smsQueued: count(r.smsQueued) };
}
