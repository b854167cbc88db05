import "server-only";
import { routeProcedure } from "@/server/http/route-procedure";
import { readBlob } from "@/server/storage/read-blob";
import { authedProcedure } from "@/server/trpc";

/** The only way a stored object reaches a browser: authorised per request, never cached, never sniffed. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return routeProcedure(request, {
    procedure: authedProcedure,
    run: async ({ ctx }) => {
      const blob = await readBlob(ctx.db, { blobId: id, user: ctx.actor.user, meta: ctx.actor });
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
    },
  });
}
