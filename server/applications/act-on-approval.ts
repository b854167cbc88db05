import type { Db, Tx } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { uniqueViolation } from "@/db/unique-violation";
import { formatDay } from "@/server/dates/format-day";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { expireApproval } from "./expire-approval";
import { type OpenedApplication, loadApplicationForActor } from "./load-application-for-actor";
import { windowDeadlineStatus } from "./window-deadline";

/**
 * An officer's action on an approval (complete at the window, void, post), in one transaction that first
 * checks the window deadline at this moment rather than trusting the nightly job to have run: past it,
 * the approval expires now — committed, with the citizen's SMS — and the officer is told it lapsed, so
 * no certificate is issued and no register changes on an expired approval.
 */
export async function actOnApproval<T>(
  db: Db,
  p: { applicationId: string; officer: OfficerActor; action: "complete" | "void"; now: Date },
  act: (tx: Tx, opened: OpenedApplication) => Promise<T>,
): Promise<T> {
  try {
    return await actOnce(db, p, act);
  } catch (error) {
    // A newborn's ID number is drawn among the free ones: two completions at once may draw the same one.
    // Everything rolled back, so drawing again is safe.
    if (uniqueViolation(error) !== "residents_idNumberHash_unique") throw error;
    return actOnce(db, p, act);
  }
}

async function actOnce<T>(
  db: Db,
  p: { applicationId: string; officer: OfficerActor; action: "complete" | "void"; now: Date },
  act: (tx: Tx, opened: OpenedApplication) => Promise<T>,
): Promise<T> {
  const outcome = await db.transaction(async (tx) => {
    const opened = await loadApplicationForActor(tx, p);
    const { application, service } = opened;
    const deadline = application.windowDeadline;
    if (application.state === "expired" && application.outcomeReason === "window_deadline_passed" && deadline) {
      throw new DomainError("WINDOW_DEADLINE_PASSED", { deadline: formatDay(deadline, "zh-CN") });
    }
    if (application.state === "approved" && deadline && windowDeadlineStatus(deadline, p.now).passed) {
      await expireApproval(tx, { application, service, now: p.now });
      return { lapsed: true, deadline } as const;
    }
    return { lapsed: false, done: await act(tx, opened) } as const;
  });
  if (outcome.lapsed) {
    await kickSmsDispatch();
    throw new DomainError("WINDOW_DEADLINE_PASSED", { deadline: formatDay(outcome.deadline, "zh-CN") });
  }
  return outcome.done;
}
