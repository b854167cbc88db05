import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { appointments, appointmentSlots, orgUnits, users } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/**
 * A booking as a desk officer may touch it, locked for the change they make: NOT_FOUND when there is
 * none, OUT_OF_JURISDICTION when its unit lies outside their scope. Comes with the visitor's ID hash for
 * the audit entry.
 */
export async function loadAppointmentForActor(tx: Tx, p: { scope: Jurisdiction; appointmentId: string }) {
  const [row] = await tx
    .select({ appointment: appointments, path: orgUnits.path, idHash: users.idNumberHash })
    .from(appointments)
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointments.slotId))
    .innerJoin(orgUnits, eq(orgUnits.id, appointmentSlots.orgUnitId))
    .innerJoin(users, eq(users.id, appointments.userId))
    .where(eq(appointments.id, p.appointmentId))
    .for("update", { of: appointments });
  if (!row) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, row.path)) throw new DomainError("OUT_OF_JURISDICTION");
  return { appointment: row.appointment, idHash: row.idHash };
}
