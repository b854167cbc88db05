import { z } from "zod";
import { createOfficer } from "@/server/accounts/create-officer";
import { listOfficers } from "@/server/accounts/list-officers";
import { passwordMaxLength } from "@/server/accounts/password-rule";
import { resetOfficerTotp } from "@/server/accounts/reset-officer-totp";
import { setOfficerRoles } from "@/server/accounts/set-officer-roles";
import { setOfficerStatus } from "@/server/accounts/set-officer-status";
import { staffNameMaxLength, staffRoleSchema, staffRolesSchema } from "@/server/accounts/staff-account-rules";
import { listOrgUnits } from "@/server/orgs/list-org-units";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

const unitId = z.number().int().positive("i18n:errors.STAFF_UNIT_INVALID");

/** The admin console's management of staff accounts; every change is audited by its service. */
export const staffRouter = createTRPCRouter({
  /** The org tree in order, for the unit pickers. */
  units: adminProcedure.query(({ ctx }) => listOrgUnits(ctx.db)),

  list: adminProcedure
    .input(
      z.strictObject({
        unitId: unitId.optional(),
        role: staffRoleSchema.optional(),
        page: z.number().int().min(1).max(100_000).default(1),
      }),
    )
    .query(({ ctx, input }) => listOfficers(ctx.db, input)),

  create: adminProcedure
    .input(
      z.strictObject({
        name: z.string().trim().min(1, "i18n:officers.create.nameRequired").max(staffNameMaxLength),
        account: z.string().trim().min(1, "i18n:officers.create.accountRequired").max(32),
        unitId,
        roles: staffRolesSchema,
        password: z.string().min(1, "i18n:officers.create.passwordRequired").max(passwordMaxLength),
      }),
    )
    .mutation(({ ctx, input }) => createOfficer(ctx.db, { ...input, ...actorOf(ctx) })),

  setRoles: adminProcedure
    .input(z.strictObject({ userId: z.uuid(), roles: staffRolesSchema }))
    .mutation(({ ctx, input }) => setOfficerRoles(ctx.db, { ...input, ...actorOf(ctx) })),

  setStatus: adminProcedure
    .input(z.strictObject({ userId: z.uuid(), status: z.enum(["active", "disabled"]) }))
    .mutation(({ ctx, input }) => setOfficerStatus(ctx.db, { ...input, ...actorOf(ctx) })),

  resetTotp: adminProcedure
    .input(z.strictObject({ userId: z.uuid() }))
    .mutation(({ ctx, input }) => resetOfficerTotp(ctx.db, { ...input, ...actorOf(ctx) })),
});
