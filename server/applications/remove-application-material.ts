import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationMaterials } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { materialEditable } from "./attach-application-material";
import { lockOwnApplication } from "./load-application";

/**
 * Takes a page off the application. The stored object stays: blobs are kept with the audit trail of who
 * read them, and a station may already have looked at it.
 */
export async function removeApplicationMaterial(
  db: Db,
  p: { userId: string; applicationId: string; materialId: string },
) {
  await db.transaction(async (tx) => {
    const { application } = await lockOwnApplication(tx, p);
    const [material] = await tx
      .select({ materialKey: applicationMaterials.materialKey })
      .from(applicationMaterials)
      .where(and(eq(applicationMaterials.id, p.materialId), eq(applicationMaterials.applicationId, application.id)));
    if (!material) throw new DomainError("NOT_FOUND");
    if (!materialEditable(application, material.materialKey)) throw new DomainError("MATERIAL_NOT_EDITABLE");
    await tx.delete(applicationMaterials).where(eq(applicationMaterials.id, p.materialId));
  });
}
