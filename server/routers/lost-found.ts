import { z } from "zod";
import { lostFoundCategories, lostFoundStatuses } from "@/db/schema/lost-found-vocabulary";
import { listFoundItemsForDesk } from "@/server/lost-found/list-found-items-for-desk";
import { lostFoundDeskRoles } from "@/server/lost-found/lost-found-roles";
import { recordFoundItem } from "@/server/lost-found/record-found-item";
import { returnFoundItem } from "@/server/lost-found/return-found-item";
import { actorOf, createTRPCRouter, officerProcedure } from "@/server/trpc";

const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);

/** The station's found-property book (失物招领): the public search goes through the query engine. */
export const lostFoundRouter = createTRPCRouter({
  /** Items kept in the officer's jurisdiction, newest first. */
  deskList: officerProcedure(...lostFoundDeskRoles)
    .input(z.strictObject({ status: z.enum(lostFoundStatuses).optional() }))
    .query(({ ctx, input }) => listFoundItemsForDesk(ctx.db, { scope: ctx.actor.scope, status: input.status })),

  /** Records property handed in at the officer's unit; it appears in the public search at once. */
  record: officerProcedure(...lostFoundDeskRoles)
    .input(
      z.strictObject({
        category: z.enum(lostFoundCategories),
        description: text(2, 100, "i18n:lostFound.descriptionRequired"),
        identifyingMarks: text(2, 300, "i18n:lostFound.marksRequired"),
        foundPlace: text(2, 100, "i18n:lostFound.placeRequired"),
        foundOn: z.iso.date("i18n:lostFound.foundOnRequired"),
      }),
    )
    .mutation(({ ctx, input }) =>
      recordFoundItem(ctx.db, { ...input, scope: ctx.actor.scope, officerId: ctx.actor.user.id, ...actorOf(ctx) }),
    ),

  /** Hands a held item back to the owner who showed ID and described its marks. */
  returnItem: officerProcedure(...lostFoundDeskRoles)
    .input(
      z.strictObject({
        itemId: z.uuid(),
        claimantName: text(1, 40, "i18n:lostFound.claimantNameRequired"),
        claimantIdNumber: text(15, 18, "i18n:lostFound.claimantIdRequired"),
      }),
    )
    .mutation(({ ctx, input }) =>
      returnFoundItem(ctx.db, { ...input, scope: ctx.actor.scope, officerId: ctx.actor.user.id, ...actorOf(ctx) }),
    ),
});
