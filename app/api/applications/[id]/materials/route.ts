import { DomainError } from "@/server/errors";
import { attachApplicationMaterial } from "@/server/applications/attach-application-material";
import { handleUpload } from "@/server/storage/handle-upload";
import { citizenProcedure } from "@/server/trpc";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One page of one material, as multipart form data (`materialKey`, `file`). A route rather than a tRPC
 * procedure: the browser streams the file with upload progress, and the bytes never pass through JSON.
 * Answers the stored material.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleUpload(request, {
    purpose: "application_material",
    procedure: citizenProcedure,
    async store(db, { user, form, file, bytes }) {
      const materialKey = form.get("materialKey");
      if (!uuid.test(id)) throw new DomainError("NOT_FOUND");
      if (typeof materialKey !== "string" || !materialKey || materialKey.length > 64)
        throw new DomainError("FILE_UNREADABLE");
      const material = await attachApplicationMaterial(db, {
        userId: user.id,
        applicationId: id,
        materialKey,
        fileName: file.name,
        contentType: file.type,
        bytes,
      });
      return {
        id: material.id,
        materialKey: material.materialKey,
        blobId: material.blobId,
        fileName: material.fileName,
        contentType: material.contentType,
        size: material.size,
        createdAt: material.createdAt.toISOString(),
      };
    },
  });
}
