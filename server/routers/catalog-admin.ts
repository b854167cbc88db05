import { z } from "zod";
import { serviceKind } from "@/db/schema";
import { categoryCodeSchema, serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { getServiceForEdit } from "@/server/catalog/get-service-for-edit";
import { listServiceCategories } from "@/server/catalog/list-service-categories";
import { listServiceVersions } from "@/server/catalog/list-service-versions";
import { moveServiceCategory } from "@/server/catalog/move-service-category";
import { searchServices } from "@/server/catalog/search-services";
import { serviceEditSchema } from "@/server/catalog/service-edit-schema";
import { setServiceEnabled } from "@/server/catalog/set-service-enabled";
import { updateService } from "@/server/catalog/update-service";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

const version = z.number().int().positive();

export const catalogAdminRouter = createTRPCRouter({
  /** Every service, disabled ones included, filtered like the citizen search plus by status. */
  list: adminProcedure
    .input(
      z.strictObject({
        q: z.string().max(100).optional(),
        category: categoryCodeSchema.optional(),
        kind: z.enum(serviceKind.enumValues).optional(),
        status: z.enum(["enabled", "disabled", "maintenance"]).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      searchServices(ctx.db, {
        q: input.q,
        categoryCode: input.category,
        kind: input.kind,
        status: input.status,
        includeDisabled: true,
      }),
    ),

  categories: adminProcedure.query(({ ctx }) => listServiceCategories(ctx.db)),

  /** Moves a category one place up or down the catalogue. */
  moveCategory: adminProcedure
    .input(z.strictObject({ code: categoryCodeSchema, direction: z.enum(["up", "down"]) }))
    .mutation(({ ctx, input }) => moveServiceCategory(ctx.db, { ...input, ...actorOf(ctx) })),

  /** A service in any state, with its current version for the edit form's conflict check. */
  service: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema }))
    .query(({ ctx, input }) => getServiceForEdit(ctx.db, input)),

  /** Saves texts and guide; refused with CONFLICT when someone saved since `expectedVersion`. */
  update: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema, expectedVersion: version, edit: serviceEditSchema }))
    .mutation(({ ctx, input }) => updateService(ctx.db, { ...input, ...actorOf(ctx) })),

  setEnabled: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema, expectedVersion: version, enabled: z.boolean() }))
    .mutation(({ ctx, input }) => setServiceEnabled(ctx.db, { ...input, ...actorOf(ctx) })),

  /** Who changed what and when, newest first. */
  versions: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema }))
    .query(({ ctx, input }) => listServiceVersions(ctx.db, input)),
});
