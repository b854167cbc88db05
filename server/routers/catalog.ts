import { z } from "zod";
import { serviceKind } from "@/db/schema";
import { isCitizen } from "@/server/accounts/session-user";
import { buildHome } from "@/server/catalog/build-home";
import { categoryCodeSchema, serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { getServiceGuide } from "@/server/catalog/get-service-guide";
import { isFavourite } from "@/server/catalog/is-favourite";
import { listServiceCategories } from "@/server/catalog/list-service-categories";
import { recordGuideOpened } from "@/server/catalog/record-guide-opened";
import { searchServices } from "@/server/catalog/search-services";
import { setFavourite } from "@/server/catalog/set-favourite";
import { citizenProcedure, createTRPCRouter, publicProcedure } from "@/server/trpc";

const serviceId = z.number().int().positive();

export const catalogRouter = createTRPCRouter({
  /** The home page: personalised for a signed-in citizen, the most-used services for everyone else. */
  home: publicProcedure.query(({ ctx }) =>
    buildHome(ctx.db, { userId: ctx.actor.user && isCitizen(ctx.actor.user) ? ctx.actor.user.id : null }),
  ),

  /** Stars (favourite: true) or unstars a service for the signed-in citizen; answers the new state. */
  toggleFavourite: citizenProcedure
    .input(z.strictObject({ serviceId, favourite: z.boolean() }))
    .mutation(({ ctx, input }) => setFavourite(ctx.db, { userId: ctx.actor.user.id, ...input })),

  /** Whether the signed-in citizen has starred the service (the star on a guide page). */
  isFavourite: citizenProcedure
    .input(z.strictObject({ serviceId }))
    .query(({ ctx, input }) => isFavourite(ctx.db, { userId: ctx.actor.user.id, serviceId: input.serviceId })),

  /** The catalogue's categories in display order, with how many services each holds. */
  categories: publicProcedure.query(async ({ ctx }) =>
    (await listServiceCategories(ctx.db)).map(({ totalCount: _all, ...c }) => c),
  ),

  /** Enabled services by name words, synonyms or pinyin (`csdj`), within a category and kind, best match first. */
  search: publicProcedure
    .input(
      z.strictObject({
        q: z.string().max(100).optional(),
        category: categoryCodeSchema.optional(),
        kind: z.enum(serviceKind.enumValues).optional(),
      }),
    )
    .query(({ ctx, input }) => searchServices(ctx.db, { q: input.q, categoryCode: input.category, kind: input.kind })),

  /** One enabled service's guide; reading it records nothing (prefetches and other pages read it too). */
  guide: publicProcedure
    .input(z.strictObject({ code: serviceCodeSchema }))
    .query(({ ctx, input }) => getServiceGuide(ctx.db, input)),

  /** The signed-in citizen has a guide open in front of them: one use of the service for their home. */
  guideOpened: citizenProcedure
    .input(z.strictObject({ serviceId }))
    .mutation(({ ctx, input }) => recordGuideOpened(ctx.db, { userId: ctx.actor.user.id, serviceId: input.serviceId })),
});
