import { z } from "zod";
import { serviceKind } from "@/db/schema";
import { deskUnitTypes } from "@/server/applications/engine-config";
import { categoryCodeSchema, serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { createService } from "@/server/catalog/create-service";
import { previewRoute } from "@/server/catalog/preview-route";
import { blankTemplateKeys } from "@/server/catalog/service-templates";
import { updateNoticeConfig } from "@/server/catalog/update-notice-config";
import { loadQueryConfigContext, updateQueryConfig } from "@/server/catalog/update-query-config";
import { updateServiceConfig } from "@/server/catalog/update-service-config";
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
/** A new service's code, like the catalogue's own ("HZ030"): two letters, three digits. */
const newServiceCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}\d{3}$/, "i18n:serviceConfig.validation.serviceCode");
const name = (max: number) => z.string().trim().min(1, "i18n:serviceConfig.validation.required").max(max);
/** The configuration is checked in full by the service, which reports each problem at its path. */
const jsonObject = z.record(z.string(), z.unknown());

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

  /** Saves the online form and handling configuration; refused with CONFLICT when someone saved since. */
  updateConfig: adminProcedure
    .input(
      z.strictObject({
        code: serviceCodeSchema,
        expectedVersion: version,
        config: z.strictObject({ form: jsonObject, engine: jsonObject }),
      }),
    )
    .mutation(({ ctx, input }) => updateServiceConfig(ctx.db, { ...input, ...actorOf(ctx) })),

  /** The register sources and services a query configuration may name, for the editor's own check. */
  queryConfigContext: adminProcedure.query(async ({ ctx }) => {
    const context = await loadQueryConfigContext(ctx.db);
    return {
      sources: [...context.sources.values()],
      services: [...context.services].map(([code, kind]) => ({ code, kind })),
    };
  }),

  /** Saves how a 查询 service answers (its register source, next steps); refused with CONFLICT when stale. */
  updateQueryConfig: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema, expectedVersion: version, config: jsonObject }))
    .mutation(({ ctx, input }) => updateQueryConfig(ctx.db, { ...input, ...actorOf(ctx) })),

  /** Saves who publishes on a 公示 board, its period and objections; refused with CONFLICT when stale. */
  updateNoticeConfig: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema, expectedVersion: version, config: jsonObject }))
    .mutation(({ ctx, input }) => updateNoticeConfig(ctx.db, { ...input, ...actorOf(ctx) })),

  /** Which unit a handler rule picks for a case from this station, and the unit above it. */
  previewRoute: adminProcedure
    .input(
      z.strictObject({
        handler: z.strictObject({ unitType: z.enum(["station", "county_bureau", ...deskUnitTypes]) }),
        stationId: z.number().int().positive(),
      }),
    )
    .query(({ ctx, input }) => previewRoute(ctx.db, input)),

  /** A new online service from a blank template or a copy of another; created disabled. */
  create: adminProcedure
    .input(
      z.strictObject({
        categoryCode: categoryCodeSchema,
        code: newServiceCode,
        name: name(60),
        nameEn: name(120),
        summary: name(300),
        template: z.discriminatedUnion("kind", [
          z.strictObject({
            kind: z.literal("blank"),
            key: z.enum(blankTemplateKeys),
            appointmentService: serviceCodeSchema.optional(),
          }),
          z.strictObject({ kind: z.literal("copy"), from: serviceCodeSchema }),
        ]),
      }),
    )
    .mutation(({ ctx, input }) => createService(ctx.db, { ...input, ...actorOf(ctx) })),

  setEnabled: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema, expectedVersion: version, enabled: z.boolean() }))
    .mutation(({ ctx, input }) => setServiceEnabled(ctx.db, { ...input, ...actorOf(ctx) })),

  /** Who changed what and when, newest first. */
  versions: adminProcedure
    .input(z.strictObject({ code: serviceCodeSchema }))
    .query(({ ctx, input }) => listServiceVersions(ctx.db, input)),
});
