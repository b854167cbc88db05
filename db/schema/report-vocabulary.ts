// Plain constants (no Drizzle), so client components can name the states too.

/** A report's life: filed, taken by an officer, answered (and answered again), closed with a result. */
export const reportStates = ["received", "handling", "replied", "closed"] as const;
export type ReportState = (typeof reportStates)[number];

export const reportReplyAuthors = ["officer", "reporter"] as const;
