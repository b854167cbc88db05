import "server-only";
import type { Db } from "@/db/client";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import type { SessionUser } from "@/server/accounts/session-user";
import { DomainError, isDomainError } from "@/server/errors";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { readCappedBody } from "@/server/security/read-capped-body";
import { isSameOrigin } from "@/server/security/same-origin";
import { type BlobPurpose, blobPurposes } from "./blob-purposes";

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

/** Room for the multipart envelope around the largest file a purpose allows. */
const envelopeBytes = 64 * 1024;

/**
 * The HTTP side of every upload route: multipart form data with a `file`, sent by a browser that shows
 * upload progress. Checks that one of our pages sent it and the signed-in user, reads the body only up to
 * the purpose's size (a chunked body is cut off there, not read whole), hands the file
 * to `store` (which does the domain's checks and the blob layer's), and answers JSON: the stored thing
 * with 201, or `{ code, message }` localised for the form.
 */
export async function handleUpload(
  request: Request,
  p: {
    purpose: BlobPurpose;
    allowed: (user: SessionUser) => boolean;
    store: (db: Db, upload: { user: SessionUser; form: FormData; file: File; bytes: Uint8Array }) => Promise<unknown>;
  },
): Promise<Response> {
  const tr = translator(localeFromCookieHeader(request.headers.get("cookie")));
  try {
    if (!isSameOrigin(request.headers)) throw new DomainError("FORBIDDEN");
    const user = await currentUser();
    if (!user) throw new DomainError("UNAUTHORIZED");
    if (!p.allowed(user)) throw new DomainError("FORBIDDEN");
    const maxBytes = blobPurposes[p.purpose].maxBytes;
    const body = await readCappedBody(request, maxBytes + envelopeBytes);
    if (!body) throw new DomainError("FILE_TOO_LARGE", { maxMb: Math.floor(maxBytes / (1024 * 1024)) });
    const contentType = request.headers.get("content-type") ?? "";
    const form = await new Response(body, { headers: { "Content-Type": contentType } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) throw new DomainError("FILE_UNREADABLE");
    const stored = await p.store(await getDb(), { user, form, file, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(stored, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return Response.json(
      { code: error.code, message: tr(`errors.${error.code}`, error.params as never) },
      { status: statusOf[error.code] ?? 400, headers: { "Cache-Control": "no-store" } },
    );
  }
}
