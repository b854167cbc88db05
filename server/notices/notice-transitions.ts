import type { NoticeState } from "@/db/schema/notice-vocabulary";

export type NoticeAction = "submit" | "return" | "approve" | "expire" | "archive" | "withdraw";

/**
 * What each action does to a notice. A draft goes for approval; the supervisor returns it or approves it,
 * and approval is what publishes it (there is no publishing without approval). A published notice expires
 * after its period and is then archived; it can be withdrawn while published, never edited. Null: not
 * allowed now.
 */
export function nextNoticeState(state: NoticeState, action: NoticeAction): NoticeState | null {
  switch (action) {
    case "submit":
      return state === "draft" ? "pending_approval" : null;
    case "return":
      return state === "pending_approval" ? "draft" : null;
    case "approve":
      return state === "pending_approval" ? "published" : null;
    case "expire":
      return state === "published" ? "expired" : null;
    case "archive":
      return state === "expired" ? "archived" : null;
    case "withdraw":
      return state === "published" ? "withdrawn" : null;
  }
}
