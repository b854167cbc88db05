import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties, accidentPhotos, accidents, insurerStaff, issuedDocuments } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { loadJurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";

/**
 * Who may see an accident's photo or its agreement / determination PDF: its parties, traffic officers
 * whose jurisdiction covers the place, and once liability stands, the insurers of its parties.
 */
export async function canReadAccidentBlob(db: Db, p: { user: SessionUser; blobId: string }): Promise<boolean> {
  const [photo] = await db
    .select({ accidentId: accidentPhotos.accidentId })
    .from(accidentPhotos)
    .where(eq(accidentPhotos.blobId, p.blobId));
  const [document] = photo
    ? []
    : await db
        .select({ accidentId: accidents.id })
        .from(issuedDocuments)
        .innerJoin(accidents, eq(accidents.documentId, issuedDocuments.id))
        .where(eq(issuedDocuments.pdfBlobId, p.blobId));
  const accidentId = photo?.accidentId ?? document?.accidentId;
  if (!accidentId) return false;
  const [accident] = await db
    .select({ orgPath: accidents.orgPath, status: accidents.status })
    .from(accidents)
    .where(eq(accidents.id, accidentId));
  if (!accident) return false;
  const parties = await db
    .select({ userId: accidentParties.userId, insurerId: accidentParties.insurerId })
    .from(accidentParties)
    .where(eq(accidentParties.accidentId, accidentId));

  if (p.user.roles.includes("citizen") && parties.some((party) => party.userId === p.user.id)) return true;
  if (p.user.roles.includes("traffic_officer") && p.user.orgUnitId != null) {
    const scope = await loadJurisdiction(db, p.user.orgUnitId);
    if (inScope(scope, accident.orgPath)) return true;
  }
  if (p.user.roles.includes("insurer") && (accident.status === "agreed" || accident.status === "determined")) {
    const [staff] = await db
      .select({ insurerId: insurerStaff.insurerId })
      .from(insurerStaff)
      .where(
        and(
          eq(insurerStaff.userId, p.user.id),
          inArray(
            insurerStaff.insurerId,
            parties.map((party) => party.insurerId),
          ),
        ),
      );
    if (staff) return true;
  }
  return false;
}
