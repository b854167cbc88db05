import { z } from "zod";
import { auditSubjectKey } from "@/server/audit/audit-subject-key";
import { listAuditEntries } from "@/server/audit/list-audit-entries";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

export const auditRouter = createTRPCRouter({
  /** The newest entries, by action and/or person; the view itself is audited. */
  list: adminProcedure
    .input(
      z.strictObject({
        action: z.string().trim().regex(/^[a-z_.]{1,64}$/).optional(),
        subject: z.string().regex(/^[0-9a-f]{64}$/).optional(),
        page: z.number().int().min(1).max(100_000).default(1),
      }),
    )
    .query(({ ctx, input }) => listAuditEntries(ctx.db, { ...input, ...actorOf(ctx) })),

  /** Turns a typed ID number into the key to filter by, in a POST body, so the number stays out of URLs. */
  subjectKey: adminProcedure
    .input(z.strictObject({ idNumber: z.string().trim().min(1, "i18n:audit.idNumberRequired").max(24) }))
    .mutation(({ input }) => ({ subject: auditSubjectKey(input.idNumber) })),
});
