import "server-only";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { isDomainError } from "@/server/errors";
import { readBlob } from "@/server/storage/read-blob";
import { requestMetaFrom } from "@/server/trpc";

const statusOf: Partial<Record<string, number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** The only way a stored object reaches a browser: authorised per request, never cached, never sniffed. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meta = requestMetaFrom(request.headers);
  try {
    const blob = await readBlob(await getDb(), { blobId: id, user: await currentUser(), meta });
    return new Response(Buffer.from(blob.bytes), {
      status: 200,
      headers: {
        "Content-Type": blob.contentType,
        "Content-Length": String(blob.size),
        // A PDF can carry JavaScript that a browser's viewer would run on our origin: it is only ever
        // downloaded. Anything opened directly runs in a sandbox with no script and no requests.
        "Content-Disposition": `${blob.contentType.startsWith("image/") ? "inline" : "attachment"}; filename="${blob.filename}"`,
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const status = isDomainError(error) ? statusOf[error.code] : undefined;
    if (!status) throw error;
    return new Response(null, { status, headers: { "Cache-Control": "private, no-store" } });
  }
}
