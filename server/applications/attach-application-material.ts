import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  type Application,
  type ApplicationMaterial,
  applicationMaterials,
  blobs,
  type ServiceGuide,
} from "@/db/schema";
import { DomainError } from "@/server/errors";
import { saveBlob } from "@/server/storage/save-blob";
import { lockOwnApplication } from "./load-application";

/** A material is usually one or two pages (an ID card's two sides); a few more cover multi-page certificates. */
export const maxFilesPerMaterial = 6;

/** Whether the citizen may change this material now: in a draft, or when the station asked for it again. */
export function materialEditable(application: Application, materialKey: string): boolean {
  if (application.state === "draft") return true;
  return application.state === "needs_supplement" && !!application.supplementRequest?.materials.includes(materialKey);
}

export function guideMaterial(guide: ServiceGuide, materialKey: string) {
  return guide.materials.find((m) => m.key === materialKey);
}

/** What the browser sent as the name, cut to something safe to show back. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f<>:"|?*]/g, "")
    .trim()
    .slice(0, 120);
  return cleaned || "upload";
}

/**
 * Stores one uploaded page of a material. The blob layer checks the bytes (type by magic number, size,
 * re-encoding images without EXIF) before anything is recorded; the application row stays locked meanwhile
 * so a submission cannot slip between the check and the insert.
 */
export async function attachApplicationMaterial(
  db: Db,
  p: {
    userId: string;
    applicationId: string;
    materialKey: string;
    fileName: string;
    contentType: string;
    bytes: Uint8Array;
  },
): Promise<ApplicationMaterial> {
  return db.transaction(async (tx) => {
    const { application, service } = await lockOwnApplication(tx, p);
    if (!guideMaterial(service.guide, p.materialKey)) throw new DomainError("NOT_FOUND");
    if (!materialEditable(application, p.materialKey)) throw new DomainError("MATERIAL_NOT_EDITABLE");
    const existing = await tx.$count(
      applicationMaterials,
      and(eq(applicationMaterials.applicationId, application.id), eq(applicationMaterials.materialKey, p.materialKey)),
    );
    if (existing >= maxFilesPerMaterial) throw new DomainError("TOO_MANY_FILES", { max: maxFilesPerMaterial });
    const blobId = await saveBlob(tx, {
      ownerId: p.userId,
      purpose: "application_material",
      contentType: p.contentType,
      bytes: p.bytes,
    });
    const [blob] = await tx
      .select({ contentType: blobs.contentType, size: blobs.size, sha256: blobs.sha256 })
      .from(blobs)
      .where(eq(blobs.id, blobId));
    if (!blob) throw new Error("stored blob vanished");
    const [row] = await tx
      .insert(applicationMaterials)
      .values({
        applicationId: application.id,
        materialKey: p.materialKey,
        blobId,
        fileName: cleanFileName(p.fileName),
        ...blob,
      })
      .returning();
    if (!row) throw new Error("material not recorded");
    return row;
  });
}
