import type { Db } from "@/db/client";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { applyTransition } from "./apply-transition";
import { approvalTemplate } from "./approval-template";
import { notifyApplicant } from "./notify-applicant";
import { type DeskActionResult, type DeskOfficer, openApplicationForOfficer } from "./open-application-for-officer";
import { windowDays } from "./run-auto-review";

/**
 * The county bureau approves: the citizen has until the window deadline (60 days, China dates) to bring
 * the originals to the handling station, and the SMS names both.
 */
export async function approveApplication(
  db: Db,
  p: { applicationId: string; expectedVersion: number; officer: DeskOfficer; comment?: string | null; now?: Date },
): Promise<DeskActionResult> {
  const now = p.now ?? new Date();
  const updated = await db.transaction(async (tx) => {
    const { application, service, actor } = await openApplicationForOfficer(tx, { ...p, action: "approve", now });
    const next = await applyTransition(tx, {
      application,
      mode: service.mode,
      action: "approve",
      actor,
      expectedVersion: p.expectedVersion,
      comment: p.comment,
      set: { windowDeadline: addDays(chinaToday(now), windowDays) },
      now,
    });
    await notifyApplicant(tx, { application: next, template: approvalTemplate(next, service) });
    return next;
  });
  await kickSmsDispatch();
  return { id: updated.id, state: updated.state, version: updated.version };
}
