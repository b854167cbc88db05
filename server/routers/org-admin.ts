import { z } from "zod";
import { createStation } from "@/server/orgs/create-station";
import { listOrgTree } from "@/server/orgs/list-org-tree";
import { moveOrgUnit } from "@/server/orgs/move-org-unit";
import { renameOrgUnit } from "@/server/orgs/rename-org-unit";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

const unitId = z.number().int().positive();
const name = z.string().trim().min(1, "i18n:orgAdmin.nameRequired").max(64);
const nameEn = z
  .string()
  .trim()
  .max(128)
  .transform((v) => v || null);

/** Org-unit tree editing for admins: open a station, rename a unit, move a station; every change audited. */
export const orgAdminRouter = createTRPCRouter({
  tree: adminProcedure
    .input(z.strictObject({ cityId: unitId.optional() }))
    .query(({ ctx, input }) => listOrgTree(ctx.db, input)),

  createStation: adminProcedure
    .input(
      z.strictObject({
        parentId: unitId,
        code: z
          .string()
          .trim()
          .regex(/^\d{8}$/, "i18n:errors.ORG_UNIT_CODE_FORMAT"),
        name,
        nameEn,
      }),
    )
    .mutation(({ ctx, input }) => createStation(ctx.db, { ...input, ...actorOf(ctx) })),

  rename: adminProcedure
    .input(z.strictObject({ unitId, name, nameEn }))
    .mutation(({ ctx, input }) => renameOrgUnit(ctx.db, { ...input, ...actorOf(ctx) })),

  move: adminProcedure
    .input(z.strictObject({ unitId, parentId: unitId }))
    .mutation(({ ctx, input }) => moveOrgUnit(ctx.db, { ...input, ...actorOf(ctx) })),
});
