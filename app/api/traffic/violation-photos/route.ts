import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { DomainError, isDomainError } from "@/server/errors";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { blobPurposes } from "@/server/storage/blob-purposes";
import { saveViolationPhoto } from "@/server/traffic/save-violation-photo";

const statusOf: Partial<Record<string, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_UNREADABLE: 422,
};

/** Room for the multipart envelope around the largest photo allowed. */
const maxBodyBytes = blobPurposes.violation_photo.maxBytes + 64 * 1024;

/**
 * A traffic officer's evidence photo, as multipart form data (`file`), stored before the violation is
 * recorded: answers `{ blobId }` for the record form, or a localised `{ code, message }`.
 */
export async function POST(request: Request) {
  const tr = translator(localeFromCookieHeader(request.headers.get("cookie")));
  const fail = (error: DomainError) =>
    Response.json(
      { code: error.code, message: tr(`errors.${error.code}`, error.params as never) },
      { status: statusOf[error.code] ?? 400, headers: { "Cache-Control": "no-store" } },
    );
  try {
    const user = await currentUser();
    if (!user) throw new DomainError("UNAUTHORIZED");
    if (!user.roles.includes("traffic_officer")) throw new DomainError("FORBIDDEN");
    if (Number(request.headers.get("content-length") ?? "0") > maxBodyBytes) {
      throw new DomainError("FILE_TOO_LARGE", { maxMb: Math.floor(blobPurposes.violation_photo.maxBytes / (1024 * 1024)) });
    }
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw new DomainError("FILE_UNREADABLE");
    const saved = await saveViolationPhoto(await getDb(), {
      user,
      contentType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(saved, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isDomainError(error)) return fail(error);
    throw error;
  }
}
