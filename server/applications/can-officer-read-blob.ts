import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationMaterials, applications, issuedDocuments } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { loadJurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";
import { deskReaderRoles } from "./desk-roles";

/**
 * Whether an officer may see a citizen's stored object because it belongs to an application their desk
 * handles or their unit supervises: an uploaded material, or the document the application issued, of a station inside their subtree.
 */
export async function canOfficerReadBlob(
  db: Db,
  p: { user: SessionUser; blobId: string; purpose: string },
): Promise<boolean> {
  if (p.user.orgUnitId == null || !p.user.roles.some((r) => (deskReaderRoles as readonly string[]).includes(r)))
    return false;
  let paths: (string | null)[] = [];
  if (p.purpose === "application_material") {
    const rows = await db
      .select({ path: applications.stationPath })
      .from(applicationMaterials)
      .innerJoin(applications, eq(applications.id, applicationMaterials.applicationId))
      .where(eq(applicationMaterials.blobId, p.blobId));
    paths = rows.map((r) => r.path);
  } else if (p.purpose === "issued_document") {
    const rows = await db
      .select({ path: applications.stationPath })
      .from(issuedDocuments)
      .innerJoin(applications, eq(applications.documentId, issuedDocuments.id))
      .where(and(eq(issuedDocuments.pdfBlobId, p.blobId), eq(issuedDocuments.subjectType, "application")));
    paths = rows.map((r) => r.path);
  }
  if (!paths.length) return false;
  const scope = await loadJurisdiction(db, p.user.orgUnitId);
  return paths.some((path) => !!path && inScope(scope, path));
}
