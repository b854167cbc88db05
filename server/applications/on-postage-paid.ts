import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { applications, type Payment } from "@/db/schema";
import { isDomainError } from "@/server/errors";
import { logInfo } from "@/server/log";
import { lockApplication } from "./apply-transition";
import { loadService } from "./load-application";
import { submitLockedApplication } from "./submit-application";

/**
 * The postage is paid: record it and submit the draft on the citizen's behalf, as they asked by paying.
 * If the draft can no longer be submitted (say an application of the same service was opened meanwhile),
 * the payment still stands and stays on the draft, which the citizen can fix and submit without paying
 * again; the submission runs in a savepoint so its failure cannot undo the payment.
 */
export async function onPostagePaid(tx: Tx, payment: Payment): Promise<void> {
  if (payment.subjectType !== "application") throw new Error(`postage paid for a ${payment.subjectType}`);
  const application = await lockApplication(tx, payment.subjectId);
  if (!application) throw new Error(`postage paid for a missing application ${payment.subjectId}`);
  const paidAt = payment.paidAt ?? new Date();
  await tx
    .update(applications)
    .set({ paidAt, paymentOrderNo: payment.orderNo })
    .where(eq(applications.id, application.id));
  if (application.state !== "draft") return;

  const service = await loadService(tx, application.serviceId);
  try {
    await tx.transaction(async (sp) => {
      await submitLockedApplication(sp, {
        application: { ...application, paidAt, paymentOrderNo: payment.orderNo },
        service,
      });
    });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    logInfo("paid draft left for the citizen to submit", { applicationId: application.id, reason: error.code });
  }
}
