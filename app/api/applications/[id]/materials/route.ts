import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { DomainError, isDomainError } from "@/server/errors";
import { attachApplicationMaterial } from "@/server/household/attach-application-material";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { blobPurposes } from "@/server/storage/blob-purposes";

const statusOf: Partial<Record<string, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_UNREADABLE: 422,
  MATERIAL_NOT_EDITABLE: 409,
  TOO_MANY_FILES: 409,
};

/** Room for the multipart envelope around the largest file a material may be. */
const maxBodyBytes = blobPurposes.application_material.maxBytes + 64 * 1024;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One page of one material, as multipart form data (`materialKey`, `file`). A route rather than a tRPC
 * procedure: the browser streams the file with upload progress, and the bytes never pass through JSON.
 * Answers the stored material as JSON, or `{ code, message }` localised for the form.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const tr = translator(localeFromCookieHeader(request.headers.get("cookie")));
  const fail = (error: DomainError) =>
    Response.json(
      { code: error.code, message: tr(`errors.${error.code}`, error.params as never) },
      { status: statusOf[error.code] ?? 400, headers: { "Cache-Control": "no-store" } },
    );
  try {
    const user = await currentUser();
    if (!user) throw new DomainError("UNAUTHORIZED");
    if (!isCitizen(user)) throw new DomainError("FORBIDDEN");
    if (!uuid.test(id)) throw new DomainError("NOT_FOUND");
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > maxBodyBytes) {
      throw new DomainError("FILE_TOO_LARGE", { maxMb: Math.floor(blobPurposes.application_material.maxBytes / (1024 * 1024)) });
    }
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const materialKey = form?.get("materialKey");
    if (!(file instanceof File) || typeof materialKey !== "string" || !materialKey || materialKey.length > 64) {
      throw new DomainError("FILE_UNREADABLE");
    }
    const material = await attachApplicationMaterial(await getDb(), {
      userId: user.id,
      applicationId: id,
      materialKey,
      fileName: file.name,
      contentType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(
      {
        id: material.id,
        materialKey: material.materialKey,
        blobId: material.blobId,
        fileName: material.fileName,
        contentType: material.contentType,
        size: material.size,
        createdAt: material.createdAt.toISOString(),
      },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (isDomainError(error)) return fail(error);
    throw error;
  }
}
