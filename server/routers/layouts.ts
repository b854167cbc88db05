import { z } from "zod";
import { createUserGroup } from "@/server/catalog/create-user-group";
import { findLayoutUser } from "@/server/catalog/find-layout-user";
import { getServiceLayout } from "@/server/catalog/get-service-layout";
import { listLayoutServices } from "@/server/catalog/list-layout-services";
import { listUserGroups } from "@/server/catalog/list-user-groups";
import { previewGroupHome } from "@/server/catalog/preview-group-home";
import { previewHome } from "@/server/catalog/preview-home";
import { saveServiceLayout } from "@/server/catalog/save-service-layout";
import { updateUserGroup } from "@/server/catalog/update-user-group";
import { listCities } from "@/server/orgs/list-cities";
import { actorOf, adminProcedure, createTRPCRouter } from "@/server/trpc";

const userId = z.uuid();
const groupId = z.number().int().positive();
const serviceIds = z.array(z.number().int().positive()).max(400);

const layoutChanges = {
  pinned: serviceIds.max(30, "i18n:layouts.editor.tooManyPinned"),
  hidden: serviceIds,
  expectedUpdatedAt: z.date().nullable(),
};

function noServiceTwice(value: { pinned: number[]; hidden: number[] }, ctx: z.RefinementCtx) {
  if (new Set([...value.pinned, ...value.hidden]).size !== value.pinned.length + value.hidden.length) {
    ctx.addIssue({ code: "custom", path: ["hidden"], message: "i18n:layouts.editor.serviceTwice" });
  }
}

const groupRules = z
  .strictObject({
    cityCodes: z
      .array(z.string().regex(/^\d{6}$/))
      .max(30)
      .optional(),
    ageMin: z.number().int().min(0).max(150).optional(),
    ageMax: z.number().int().min(0).max(150).optional(),
    hasVehicle: z.boolean().optional(),
    hasTravelDocument: z.boolean().optional(),
  })
  .refine((r) => r.ageMin === undefined || r.ageMax === undefined || r.ageMin <= r.ageMax, {
    path: ["ageMax"],
    message: "i18n:layouts.group.ageRange",
  });

const groupInput = z.strictObject({
  name: z.string().trim().min(1, "i18n:layouts.group.nameRequired").max(40),
  description: z.string().trim().max(200),
  priority: z.number().int().min(-1000).max(1000),
  rules: groupRules,
  enabled: z.boolean(),
});

/** The admin layout editor: per-citizen and per-group pins and hidden services, and a preview of the result. */
export const layoutsRouter = createTRPCRouter({
  /**
   * A mutation although it reads: the full phone or ID number travels in the request body, never in a
   * URL, and a refetch cannot quietly repeat the audited read.
   */
  findUser: adminProcedure
    .input(z.strictObject({ query: z.string().trim().min(1, "i18n:layouts.search.required").max(24) }))
    .mutation(({ ctx, input }) => findLayoutUser(ctx.db, { query: input.query, ...actorOf(ctx) })),

  userLayout: adminProcedure
    .input(z.strictObject({ userId }))
    .query(({ ctx, input }) => getServiceLayout(ctx.db, { owner: { userId: input.userId } })),

  groupLayout: adminProcedure
    .input(z.strictObject({ groupId }))
    .query(({ ctx, input }) => getServiceLayout(ctx.db, { owner: { groupId: input.groupId } })),

  saveUserLayout: adminProcedure
    .input(z.strictObject({ userId, ...layoutChanges }).superRefine(noServiceTwice))
    .mutation(({ ctx, input: { userId, ...changes } }) =>
      saveServiceLayout(ctx.db, { owner: { userId }, ...changes, ...actorOf(ctx) }),
    ),

  saveGroupLayout: adminProcedure
    .input(z.strictObject({ groupId, ...layoutChanges }).superRefine(noServiceTwice))
    .mutation(({ ctx, input: { groupId, ...changes } }) =>
      saveServiceLayout(ctx.db, { owner: { groupId }, ...changes, ...actorOf(ctx) }),
    ),

  groups: adminProcedure.query(({ ctx }) => listUserGroups(ctx.db)),

  createGroup: adminProcedure
    .input(groupInput)
    .mutation(({ ctx, input }) => createUserGroup(ctx.db, { input, ...actorOf(ctx) })),

  updateGroup: adminProcedure
    .input(z.strictObject({ groupId, group: groupInput }))
    .mutation(({ ctx, input }) =>
      updateUserGroup(ctx.db, { groupId: input.groupId, input: input.group, ...actorOf(ctx) }),
    ),

  /** The catalogue for the editor's service picker, disabled services included (marked). */
  services: adminProcedure.query(({ ctx }) => listLayoutServices(ctx.db)),

  cities: adminProcedure.query(({ ctx }) => listCities(ctx.db)),

  /** The citizen's home as they would see it now, read-only; audited as a read of their data. */
  previewHome: adminProcedure
    .input(z.strictObject({ userId }))
    .query(({ ctx, input }) => previewHome(ctx.db, { userId: input.userId, ...actorOf(ctx) })),

  /** What the group's layout makes of a member's home, without anyone's personal data. */
  previewGroupHome: adminProcedure
    .input(z.strictObject({ groupId }))
    .query(({ ctx, input }) => previewGroupHome(ctx.db, { groupId: input.groupId })),
});
