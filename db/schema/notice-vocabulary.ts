// Plain constants (no Drizzle), so client components can name the states too.

/**
 * A notice's life: drafted by an officer of the publishing unit, sent for approval, approved (and so published)
 * by a supervisor over that unit, shown to the public inside its period, then expired (past its end) and
 * archived. A published notice is never edited: it is withdrawn with a reason instead.
 */
export const noticeStates = ["draft", "pending_approval", "published", "expired", "archived", "withdrawn"] as const;
export type NoticeState = (typeof noticeStates)[number];

/** An objection raised during the notice period, answered by the publishing unit. */
export const noticeObjectionStates = ["open", "answered"] as const;
export type NoticeObjectionState = (typeof noticeObjectionStates)[number];
