import { z } from "zod";
import { checkDocumentCode } from "@/server/documents/check-document-code";
import { createTRPCRouter, publicProcedure } from "@/server/trpc";

export const documentsRouter = createTRPCRouter({
  /**
   * Anyone holding a printed document checks it here, signed in or not: rate-limited per IP. Room for a
   * code typed with spaces or pasted as the whole verify URL; the service normalises it.
   */
  verify: publicProcedure
    .input(z.strictObject({ code: z.string().max(200) }))
    .query(({ ctx, input }) =>
      checkDocumentCode(ctx.db, { code: input.code, ip: ctx.actor.ip, viewerId: ctx.actor.user?.id ?? null }),
    ),
});
