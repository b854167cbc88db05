import "server-only";
import type { AnyProcedure } from "@trpc/server";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/server/accounts/session-user";
import { DomainError } from "@/server/errors";
import { routeProcedure } from "@/server/http/route-procedure";
import { readCappedBody } from "@/server/security/read-capped-body";
import { type BlobPurpose, blobPurposes } from "./blob-purposes";

/** Room for the multipart envelope around the largest file a purpose allows. */
const envelopeBytes = 64 * 1024;

/**
 * The HTTP side of every upload route: multipart form data with a `file`, sent by a browser that shows
 * upload progress. Runs as the given procedure (a mutation: one of our pages must have sent it; the role
 * checked as for any procedure), reads the body only up to the purpose's size (a chunked body is cut off
 * there, not read whole), hands the file to `store` (which does the domain's checks and the blob layer's),
 * and answers JSON: the stored thing with 201, or a refusal as every route handler does (route-procedure.ts).
 */
export async function handleUpload<TBuilder extends { query: (resolver: never) => AnyProcedure }>(
  request: Request,
  p: {
    purpose: BlobPurpose;
    procedure: TBuilder;
    store: (db: Db, upload: { user: SessionUser; form: FormData; file: File; bytes: Uint8Array }) => Promise<unknown>;
  },
): Promise<Response> {
  const run = async ({ ctx }: { ctx: { db: Db; actor: { user: SessionUser } } }) => {
    const maxBytes = blobPurposes[p.purpose].maxBytes;
    const body = await readCappedBody(request, maxBytes + envelopeBytes);
    if (!body) throw new DomainError("FILE_TOO_LARGE", { maxMb: Math.floor(maxBytes / (1024 * 1024)) });
    const contentType = request.headers.get("content-type") ?? "";
    const form = await new Response(body, { headers: { "Content-Type": contentType } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) throw new DomainError("FILE_UNREADABLE");
    const stored = await p.store(ctx.db, {
      user: ctx.actor.user,
      form,
      file,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(stored, { status: 201, headers: { "Cache-Control": "no-store" } });
  };
  return routeProcedure(request, {
    procedure: p.procedure,
    mutation: true,
    run: run as Parameters<TBuilder["query"]>[0],
  });
}
