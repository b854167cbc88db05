import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, trafficViolations, users, vehicles } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { loadJurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/**
 * Who besides the officer who took it may see a violation's photo: the vehicle's owner and the driver the
 * record names (through their verified account), and traffic officers whose jurisdiction covers the unit
 * that recorded it or the vehicle's registration.
 */
export async function canReadViolationPhoto(db: Db, p: { user: SessionUser; blobId: string }): Promise<boolean> {
  const rows = await db
    .select({
      ownerResidentId: vehicles.ownerResidentId,
      licenceResidentId: trafficViolations.licenceResidentId,
      orgPath: trafficViolations.orgPath,
      vehiclePath: orgUnits.path,
    })
    .from(trafficViolations)
    .innerJoin(vehicles, eq(vehicles.id, trafficViolations.vehicleId))
    .innerJoin(orgUnits, eq(orgUnits.id, vehicles.orgUnitId))
    .where(eq(trafficViolations.photoBlobId, p.blobId));
  if (!rows.length) return false;

  if (p.user.roles.includes("citizen")) {
    const [me] = await db
      .select({ residentId: users.residentId, verification: users.verification })
      .from(users)
      .where(eq(users.id, p.user.id));
    const residentId = me?.verification === "verified" ? me.residentId : null;
    if (residentId && rows.some((r) => r.ownerResidentId === residentId || r.licenceResidentId === residentId))
      return true;
  }
  if (p.user.roles.includes("traffic_officer") && p.user.orgUnitId != null) {
    const scope = await loadJurisdiction(db, p.user.orgUnitId);
    return rows.some((r) => inScope(scope, r.orgPath) || inScope(scope, r.vehiclePath));
  }
  return false;
}
