import type { ReportState } from "@/db/schema/report-vocabulary";

export type ReportAction = "accept" | "reply" | "close" | "follow_up";

/**
 * What each action does to a report. A closed report takes nothing more; a reporter's follow-up to a reply
 * puts it back in handling, so the unit's queue shows it again. Null: not allowed now.
 */
export function nextReportState(state: ReportState, action: ReportAction): ReportState | null {
  if (state === "closed") return null;
  switch (action) {
    case "accept":
      return state === "received" ? "handling" : null;
    case "reply":
      return "replied";
    case "close":
      return "closed";
    case "follow_up":
      return state === "replied" ? "handling" : state;
  }
}
