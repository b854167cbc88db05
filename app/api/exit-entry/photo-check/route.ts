import { checkTravelPhoto, travelPhotoRules } from "@/server/exit-entry/check-travel-photo";
import { DomainError } from "@/server/errors";
import { routeProcedure } from "@/server/http/route-procedure";
import { limitPublicQuery } from "@/server/queries/run-query";
import { readCappedBody } from "@/server/security/read-capped-body";
import { publicProcedure } from "@/server/trpc";

/** Room for the multipart envelope around the photo. */
const envelopeBytes = 64 * 1024;

/**
 * CR015 出入境证件照片质量检测: anyone posts a photo (multipart `file`) and gets back what is wrong with it.
 * Counted against the public queries' shared limit; the photo is checked in memory and never stored.
 */
export async function POST(request: Request) {
  return routeProcedure(request, {
    procedure: publicProcedure,
    mutation: true,
    run: async ({ ctx }) => {
      await limitPublicQuery(ctx.db, ctx.actor, new Date());
      const body = await readCappedBody(request, travelPhotoRules.maxBytes + envelopeBytes);
      if (!body) throw new DomainError("FILE_TOO_LARGE", { maxMb: travelPhotoRules.maxBytes / (1024 * 1024) });
      const form = await new Response(body, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } })
        .formData()
        .catch(() => null);
      const file = form?.get("file");
      if (!(file instanceof File)) throw new DomainError("FILE_UNREADABLE");
      const check = await checkTravelPhoto(new Uint8Array(await file.arrayBuffer()));
      return Response.json(check, { headers: { "Cache-Control": "no-store" } });
    },
  });
}
