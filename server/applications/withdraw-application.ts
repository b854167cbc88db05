import type { Db } from "@/db/client";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { applyTransition } from "./apply-transition";
import { lockOwnApplication } from "./load-application";
import { notifyApplicant } from "./notify-applicant";

/**
 * The citizen takes back an application no officer has decided on yet (the table allows it up to the
 * station's review; once forwarded to the county, the station has decided). The SMS confirms it, so a
 * withdrawal by someone who got hold of the account does not go unnoticed.
 */
export async function withdrawApplication(
  db: Db,
  p: { userId: string; applicationId: string; expectedVersion: number; reason?: string; now?: Date },
): Promise<{ state: string }> {
  const updated = await db.transaction(async (tx) => {
    const { application, service } = await lockOwnApplication(tx, p);
    const moved = await applyTransition(tx, {
      application,
      service,
      action: "withdraw",
      actor: { kind: "applicant", userId: p.userId },
      expectedVersion: p.expectedVersion,
      comment: p.reason,
      now: p.now,
    });
    await notifyApplicant(tx, { application: moved, template: "application_withdrawn" });
    return moved;
  });
  await kickSmsDispatch();
  return { state: updated.state };
}
