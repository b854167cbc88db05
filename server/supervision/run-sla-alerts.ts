import "server-only";
import { and, asc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, orgUnits, services } from "@/db/schema";
import { idleDeadline, idleSince, supervisedStates } from "./idle-deadline";
import { notifyStaff } from "./notify-staff";
import { supervisorsFor } from "./unit-supervisors";

/** Rows per transaction, as for the other queue jobs. */
export const slaAlertBatchSize = 500;

export type SlaAlertBatch = { processed: number; smsQueued: number; more: boolean };

/**
 * One batch of the SLA cron: items idle in a supervised state beyond their rule, not yet alerted for this
 * stay, are marked (slaAlertedFor = the stay's start) and their unit's supervisors told in-app and by SMS.
 * SKIP LOCKED lets overlapping runs split the work; the mark and the dedupe keys make a rerun send nothing
 * twice, and a later stay in another state alerts afresh.
 */
export async function alertIdleApplications(
  db: Db,
  p: { now?: Date; batchSize?: number } = {},
): Promise<SlaAlertBatch> {
  const now = p.now ?? new Date();
  const limit = p.batchSize ?? slaAlertBatchSize;
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ app: applications, deadline: idleDeadline })
      .from(applications)
      .where(
        and(
          inArray(applications.state, supervisedStates),
          isNotNull(applications.stationPath),
          or(
            sql`${applications.slaAlertedFor} is null`,
            sql`${applications.slaAlertedFor} <> ${applications.stateSince}`,
          ),
          idleSince(now),
        ),
      )
      .orderBy(asc(applications.stateSince))
      .limit(limit)
      .for("update", { skipLocked: true, of: applications });
    let smsQueued = 0;
    for (const { app, deadline } of due) {
      await tx.update(applications).set({ slaAlertedFor: app.stateSince }).where(eq(applications.id, app.id));
      const [info] = await tx
        .select({ service: services.name, station: orgUnits.name })
        .from(services)
        .innerJoin(orgUnits, eq(orgUnits.id, app.stationId ?? -1))
        .where(eq(services.id, app.serviceId));
      for (const supervisor of await supervisorsFor(tx, app.stationPath as string)) {
        const sent = await notifyStaff(tx, {
          recipient: supervisor,
          kind: "sla_overdue",
          applicationId: app.id,
          // The deadline of this stay, which the notice shows: the notice's own time is only when the job ran.
          details: {
            number: app.number,
            state: app.state,
            service: info?.service ?? null,
            station: info?.station ?? null,
            deadline: deadline ? new Date(deadline).toISOString() : null,
          },
          dedupeKey: `sla:${app.id}:${app.stateSince.toISOString()}:${supervisor.id}`,
          sms: {
            template: "queue_overdue_supervisor",
            params: { service: info?.service ?? "", number: app.number ?? "", station: info?.station ?? "" },
          },
        });
        if (sent) smsQueued++;
      }
    }
    return { processed: due.length, smsQueued, more: due.length === limit };
  });
}
