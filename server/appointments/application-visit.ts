import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { applications, appointments } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { loadService } from "@/server/applications/load-application";

/**
 * The window visit of a pre-reviewed application (window-only services): the citizen's own application,
 * passed pre-review and not yet completed, of a service whose configuration books this appointment
 * service, and not booked already. Returns the handling unit, whose windows alone may receive it.
 */
export async function loadApplicationVisit(
  db: Db | Tx,
  p: { userId: string; applicationId: string; serviceCode: string },
): Promise<{ applicationId: string; unitId: number }> {
  const [app] = await db
    .select({
      id: applications.id,
      applicantId: applications.applicantId,
      state: applications.state,
      serviceId: applications.serviceId,
      stationId: applications.stationId,
    })
    .from(applications)
    .where(eq(applications.id, p.applicationId));
  if (!app || app.applicantId !== p.userId || !app.stationId) throw new DomainError("NOT_FOUND");
  const service = await loadService(db, app.serviceId);
  const decision = service.engine.decision;
  if (decision.kind !== "prereview_window" || decision.appointmentService !== p.serviceCode) {
    throw new DomainError("NOT_FOUND");
  }
  if (app.state !== "approved") {
    throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "book", state: app.state });
  }
  const [booked] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.applicationId, app.id), eq(appointments.status, "booked")));
  if (booked) throw new DomainError("APPOINTMENT_EXISTS");
  return { applicationId: app.id, unitId: app.stationId };
}
