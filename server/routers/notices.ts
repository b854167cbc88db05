import { z } from "zod";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { actOnNotice, type OfficerNoticeAction } from "@/server/notices/act-on-notice";
import { answerObjection } from "@/server/notices/answer-objection";
import { getNoticeForOfficer } from "@/server/notices/get-notice-for-officer";
import { getPublicNotice } from "@/server/notices/get-public-notice";
import { listDraftBoards } from "@/server/notices/list-draft-boards";
import { listMyObjections } from "@/server/notices/list-my-objections";
import { listNoticeDesk, noticeDeskViews } from "@/server/notices/list-notice-desk";
import { listNoticeServices } from "@/server/notices/list-notice-services";
import { listObjectionQueue } from "@/server/notices/list-objection-queue";
import { listPublicNotices } from "@/server/notices/list-public-notices";
import { noticeOfficerRoles } from "@/server/notices/notice-officer-roles";
import { saveNoticeDraft } from "@/server/notices/save-notice-draft";
import { submitObjection } from "@/server/notices/submit-objection";
import { listCities } from "@/server/orgs/list-cities";
import {
  actorOf,
  citizenProcedure,
  createTRPCRouter,
  type Context,
  officerProcedure,
  publicProcedure,
} from "@/server/trpc";
import type { OfficerActor } from "@/server/accounts/actor";

const officer = officerProcedure(...noticeOfficerRoles);
const id = z.uuid();
const text = (max: number) => z.string().trim().min(1, "i18n:notices.form.required").max(max);
const day = z.iso.date();

function act(ctx: Context & { actor: OfficerActor }, noticeId: string, action: OfficerNoticeAction) {
  return actOnNotice(ctx.db, {
    scope: ctx.actor.scope,
    noticeId,
    officer: { id: ctx.actor.user.id, roles: ctx.actor.user.roles },
    action,
    ...actorOf(ctx),
  });
}

export const noticesRouter = createTRPCRouter({
  /** The boards: the same for every visitor, nothing personal. */
  board: publicProcedure
    .input(
      z.strictObject({
        view: z.enum(["current", "archive"]),
        serviceCode: serviceCodeSchema.optional(),
        cityCode: z
          .string()
          .regex(/^\d{6}$/)
          .optional(),
        q: z.string().trim().max(50).optional(),
        page: z.number().int().min(1).max(10_000).optional(),
      }),
    )
    .query(({ ctx, input }) => listPublicNotices(ctx.db, { ...input, q: input.q || undefined })),

  get: publicProcedure.input(z.strictObject({ id })).query(({ ctx, input }) => getPublicNotice(ctx.db, input.id)),

  /** The city filter's choices, public as the org tree's city names are. */
  cities: publicProcedure.query(({ ctx }) => listCities(ctx.db)),

  services: publicProcedure.query(({ ctx }) => listNoticeServices(ctx.db)),

  object: citizenProcedure
    .input(z.strictObject({ noticeId: id, contactPhone: phoneNumberSchema.optional(), body: text(1000) }))
    .mutation(({ ctx, input }) => submitObjection(ctx.db, { ...input, userId: ctx.actor.user.id, ...actorOf(ctx) })),

  myObjections: citizenProcedure.query(({ ctx }) => listMyObjections(ctx.db, { userId: ctx.actor.user.id })),

  desk: officer
    .input(z.strictObject({ view: z.enum(noticeDeskViews) }))
    .query(({ ctx, input }) => listNoticeDesk(ctx.db, { scope: ctx.actor.scope, view: input.view })),

  /** The boards the officer's unit (or, for an edit, the draft's unit) may publish on, with their periods. */
  draftBoards: officer
    .input(z.strictObject({ noticeId: id.optional() }))
    .query(({ ctx, input }) => listDraftBoards(ctx.db, { scope: ctx.actor.scope, noticeId: input.noticeId })),

  objectionQueue: officer
    .input(z.strictObject({ view: z.enum(["open", "answered"]) }))
    .query(({ ctx, input }) => listObjectionQueue(ctx.db, { scope: ctx.actor.scope, view: input.view })),

  detail: officer
    .input(z.strictObject({ id }))
    .query(({ ctx, input }) =>
      getNoticeForOfficer(ctx.db, { scope: ctx.actor.scope, noticeId: input.id, ...actorOf(ctx) }),
    ),

  saveDraft: officer
    .input(
      z.strictObject({
        id: id.optional(),
        serviceCode: serviceCodeSchema,
        title: text(120),
        body: text(10_000),
        firstDay: day,
        lastDay: day,
      }),
    )
    .mutation(({ ctx, input }) =>
      saveNoticeDraft(ctx.db, {
        scope: ctx.actor.scope,
        officerId: ctx.actor.user.id,
        noticeId: input.id,
        serviceCode: input.serviceCode,
        title: input.title,
        body: input.body,
        firstDay: input.firstDay,
        lastDay: input.lastDay,
        ...actorOf(ctx),
      }),
    ),

  submit: officer.input(z.strictObject({ id })).mutation(({ ctx, input }) => act(ctx, input.id, { kind: "submit" })),

  return: officer
    .input(z.strictObject({ id, reason: text(500) }))
    .mutation(({ ctx, input }) => act(ctx, input.id, { kind: "return", reason: input.reason })),

  approve: officer.input(z.strictObject({ id })).mutation(({ ctx, input }) => act(ctx, input.id, { kind: "approve" })),

  withdraw: officer
    .input(z.strictObject({ id, reason: text(500) }))
    .mutation(({ ctx, input }) => act(ctx, input.id, { kind: "withdraw", reason: input.reason })),

  archive: officer.input(z.strictObject({ id })).mutation(({ ctx, input }) => act(ctx, input.id, { kind: "archive" })),

  answerObjection: officer.input(z.strictObject({ id, answer: text(2000) })).mutation(({ ctx, input }) =>
    answerObjection(ctx.db, {
      scope: ctx.actor.scope,
      objectionId: input.id,
      officerId: ctx.actor.user.id,
      answer: input.answer,
      ...actorOf(ctx),
    }),
  ),
});
