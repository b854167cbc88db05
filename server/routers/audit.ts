import { z } from "zod";
import { auditFilterSchema } from "@/server/audit/audit-filter";
import { auditSubjectKey } from "@/server/audit/audit-subject-key";
import { listAuditEntries } from "@/server/audit/list-audit-entries";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

export const auditRouter = createTRPCRouter({
  /** The newest entries, by action, person, actor, target and days; the view itself is audited. */
  list: adminProcedure
    .input(auditFilterSchema.extend({ page: z.number().int().min(1).max(100_000).default(1) }))
    .query(({ ctx, input }) => listAuditEntries(ctx.db, { ...input, ...actorOf(ctx) })),

  /** Turns a typed ID number into the key to filter by, in a POST body, so the number stays out of URLs. */
  subjectKey: adminProcedure
    .input(z.strictObject({ idNumber: z.string().trim().min(1, "i18n:audit.idNumberRequired").max(24) }))
    .mutation(({ input }) => ({ subject: auditSubjectKey(input.idNumber) })),
});
