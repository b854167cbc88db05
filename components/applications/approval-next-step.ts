import type { ApprovalKind } from "@/server/applications/approval-template";
import { windowDeadlineStatus } from "@/server/applications/window-deadline";

export type ApprovalNextStep =
  | { key: "approved_post" }
  | { key: "approved_lapsed"; deadline: string }
  | {
      key: "approved_window" | "approved_window_today" | "approved_collect" | "approved_collect_today";
      deadline: string;
      daysLeft: number;
    };

/**
 * What an approved application asks of the citizen at `now`: wait for the post, come to the window (to
 * have originals checked, or to collect) by the deadline, today being the last day — or nothing any more,
 * once the deadline has passed, even before the nightly job has marked the approval expired.
 */
export function approvalNextStep(
  app: { approvalKind: ApprovalKind; windowDeadline: string | null },
  now: Date,
): ApprovalNextStep {
  if (app.approvalKind === "post" || !app.windowDeadline) return { key: "approved_post" };
  const deadline = app.windowDeadline;
  const { passed, lastDay, daysLeft } = windowDeadlineStatus(deadline, now);
  if (passed) return { key: "approved_lapsed", deadline };
  const visit = app.approvalKind === "originals" ? "approved_window" : "approved_collect";
  return { key: lastDay ? `${visit}_today` : visit, deadline, daysLeft };
}
