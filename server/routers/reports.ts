import { z } from "zod";
import { actOnReport } from "@/server/reports/act-on-report";
import { addFollowUp } from "@/server/reports/add-follow-up";
import { getMyReport } from "@/server/reports/get-my-report";
import { getReportForOfficer, revealReporter } from "@/server/reports/get-report-for-officer";
import { getReportForm } from "@/server/reports/get-report-form";
import { listMyReports } from "@/server/reports/list-my-reports";
import { listReportQueue } from "@/server/reports/list-report-queue";
import { reportOfficerRoles } from "@/server/reports/report-officer-roles";
import { submitReport } from "@/server/reports/submit-report";
import { actorOf, citizenProcedure, createTRPCRouter, officerProcedure, publicProcedure } from "@/server/trpc";

const officer = officerProcedure(...reportOfficerRoles);
const serviceCode = z.string().regex(/^[A-Z]{2}\d{3}$/);
const text = (max: number) => z.string().trim().min(1, "i18n:reports.form.required").max(max);
/** Typed from a note: groups of four with dashes or spaces, 20 characters without them. */
const token = z.string().trim().min(16).max(32);
const reportId = z.uuid();

export const reportsRouter = createTRPCRouter({
  /** The filing form of a report service: public, as the guide it belongs to. */
  form: publicProcedure
    .input(z.strictObject({ code: serviceCode }))
    .query(({ ctx, input }) => getReportForm(ctx.db, input.code)),

  submit: citizenProcedure
    .input(
      z.strictObject({
        serviceCode,
        answers: z.record(z.string().max(64), z.union([z.string().max(4000), z.number().int()])),
        anonymous: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) => submitReport(ctx.db, { ...input, userId: ctx.actor.user.id, ...actorOf(ctx) })),

  mine: citizenProcedure.query(({ ctx }) => listMyReports(ctx.db, { userId: ctx.actor.user.id })),

  get: citizenProcedure
    .input(z.strictObject({ id: reportId }))
    .query(({ ctx, input }) => getMyReport(ctx.db, { userId: ctx.actor.user.id, reportId: input.id })),

  followUp: citizenProcedure
    .input(z.strictObject({ id: reportId, body: text(1000) }))
    .mutation(({ ctx, input }) =>
      addFollowUp(ctx.db, { userId: ctx.actor.user.id, reportId: input.id, body: input.body, ...actorOf(ctx) }),
    ),

  /** Mutations although one reads: the token is a credential and travels in a POST body, never in a URL. */
  getByToken: publicProcedure
    .input(z.strictObject({ token }))
    .mutation(({ ctx, input }) => getMyReport(ctx.db, { token: input.token })),

  followUpByToken: publicProcedure.input(z.strictObject({ token, body: text(1000) })).mutation(({ ctx, input }) =>
    addFollowUp(ctx.db, {
      token: input.token,
      body: input.body,
      actor: { id: null, role: "citizen" },
      correlationId: ctx.actor.correlationId,
    }),
  ),

  queue: officer
    .input(z.strictObject({ view: z.enum(["open", "closed"]) }))
    .query(({ ctx, input }) => listReportQueue(ctx.db, { scope: ctx.actor.scope, view: input.view })),

  detail: officer
    .input(z.strictObject({ id: reportId }))
    .query(({ ctx, input }) =>
      getReportForOfficer(ctx.db, { scope: ctx.actor.scope, reportId: input.id, ...actorOf(ctx) }),
    ),

  revealReporter: officer
    .input(z.strictObject({ id: reportId }))
    .mutation(({ ctx, input }) =>
      revealReporter(ctx.db, { scope: ctx.actor.scope, reportId: input.id, ...actorOf(ctx) }),
    ),

  accept: officer.input(z.strictObject({ id: reportId })).mutation(({ ctx, input }) =>
    actOnReport(ctx.db, {
      scope: ctx.actor.scope,
      reportId: input.id,
      officerId: ctx.actor.user.id,
      action: { kind: "accept" },
      ...actorOf(ctx),
    }),
  ),

  reply: officer.input(z.strictObject({ id: reportId, body: text(2000) })).mutation(({ ctx, input }) =>
    actOnReport(ctx.db, {
      scope: ctx.actor.scope,
      reportId: input.id,
      officerId: ctx.actor.user.id,
      action: { kind: "reply", body: input.body },
      ...actorOf(ctx),
    }),
  ),

  close: officer.input(z.strictObject({ id: reportId, result: text(2000) })).mutation(({ ctx, input }) =>
    actOnReport(ctx.db, {
      scope: ctx.actor.scope,
      reportId: input.id,
      officerId: ctx.actor.user.id,
      action: { kind: "close", result: input.result },
      ...actorOf(ctx),
    }),
  ),
});
