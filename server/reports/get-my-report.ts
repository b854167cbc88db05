import "server-only";
import type { Db } from "@/db/client";
import { loadMyReport } from "./load-my-report";
import { loadReportView, type ReportView } from "./load-report-view";

/** The reporter's view of their report: answers, state, the unit and every reply. */
export async function getMyReport(
  db: Db,
  p: { userId: string; reportId: string } | { token: string },
): Promise<ReportView> {
  return loadReportView(db, await loadMyReport(db, p));
}
