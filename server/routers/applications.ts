import { z } from "zod";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { deleteApplicationDraft } from "@/server/applications/delete-application-draft";
import { getMyApplication } from "@/server/applications/get-my-application";
import { listMyApplications } from "@/server/applications/list-my-applications";
import { removeApplicationMaterial } from "@/server/applications/remove-application-material";
import { resubmitApplication } from "@/server/applications/resubmit-application";
import { saveApplicationDraft } from "@/server/applications/save-application-draft";
import { setApplicationDelivery } from "@/server/applications/set-application-delivery";
import { startApplication } from "@/server/applications/start-application";
import { submitApplication } from "@/server/applications/submit-application";
import { withdrawApplication } from "@/server/applications/withdraw-application";
import { citizenProcedure, createTRPCRouter } from "@/server/trpc";

const id = z.strictObject({ id: z.uuid() });
const versioned = z.strictObject({ id: z.uuid(), expectedVersion: z.number().int().positive() });
/** The form's answers: their shape is checked against the service's own schema by the service. */
const formData = z.record(z.string().max(64), z.unknown()).refine((v) => JSON.stringify(v).length <= 50_000);

/** A citizen's online applications (/services/[code]/apply, /me/applications). Uploads go through /api/applications/[id]/materials. */
export const applicationsRouter = createTRPCRouter({
  start: citizenProcedure
    .input(z.strictObject({ serviceCode: z.string().trim().max(16), organisationId: z.uuid().optional() }))
    .mutation(({ ctx, input }) => startApplication(ctx.db, { userId: ctx.actor.user.id, ...input })),

  mine: citizenProcedure.query(({ ctx }) => listMyApplications(ctx.db, { userId: ctx.actor.user.id })),

  get: citizenProcedure
    .input(id)
    .query(({ ctx, input }) => getMyApplication(ctx.db, { userId: ctx.actor.user.id, applicationId: input.id })),

  saveDraft: citizenProcedure
    .input(z.strictObject({ id: z.uuid(), formData }))
    .mutation(({ ctx, input }) =>
      saveApplicationDraft(ctx.db, { userId: ctx.actor.user.id, applicationId: input.id, formData: input.formData }),
    ),

  removeMaterial: citizenProcedure
    .input(z.strictObject({ id: z.uuid(), materialId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      removeApplicationMaterial(ctx.db, {
        userId: ctx.actor.user.id,
        applicationId: input.id,
        materialId: input.materialId,
      }),
    ),

  setDelivery: citizenProcedure
    .input(
      z.strictObject({
        id: z.uuid(),
        delivery: z.discriminatedUnion("method", [
          z.strictObject({ method: z.literal("window") }),
          z.strictObject({
            method: z.literal("post"),
            recipient: z.string().trim().min(1, "i18n:applications.recipientRequired").max(40),
            phone: phoneNumberSchema,
            address: z.string().trim().min(8, "i18n:applications.addressTooShort").max(200),
          }),
        ]),
      }),
    )
    .mutation(({ ctx, input }) =>
      setApplicationDelivery(ctx.db, { userId: ctx.actor.user.id, applicationId: input.id, delivery: input.delivery }),
    ),

  submit: citizenProcedure.input(versioned).mutation(({ ctx, input }) =>
    submitApplication(ctx.db, {
      userId: ctx.actor.user.id,
      applicationId: input.id,
      expectedVersion: input.expectedVersion,
    }),
  ),

  resubmit: citizenProcedure.input(versioned).mutation(({ ctx, input }) =>
    resubmitApplication(ctx.db, {
      userId: ctx.actor.user.id,
      applicationId: input.id,
      expectedVersion: input.expectedVersion,
    }),
  ),

  withdraw: citizenProcedure
    .input(versioned.extend({ reason: z.string().trim().max(200).optional() }))
    .mutation(({ ctx, input }) =>
      withdrawApplication(ctx.db, {
        userId: ctx.actor.user.id,
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        reason: input.reason,
      }),
    ),

  deleteDraft: citizenProcedure
    .input(id)
    .mutation(({ ctx, input }) =>
      deleteApplicationDraft(ctx.db, { userId: ctx.actor.user.id, applicationId: input.id }),
    ),
});
