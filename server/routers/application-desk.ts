import { z } from "zod";
import type { OfficerRole } from "@/server/accounts/session-user";
import { approveApplication } from "@/server/applications/approve-application";
import { assignApplication } from "@/server/applications/assign-application";
import { completeApplication } from "@/server/applications/complete-application";
import { deskReaderRoles, deskRoles } from "@/server/applications/desk-roles";
import { findApplicationsAtWindow } from "@/server/applications/find-applications-at-window";
import { forwardApplication } from "@/server/applications/forward-application";
import { getApplicationForOfficer } from "@/server/applications/get-application-for-officer";
import { listApplicationQueue, queueRoles, queueStates } from "@/server/applications/list-application-queue";
import { listDeskServices } from "@/server/applications/list-desk-services";
import { overruleAutoDecision } from "@/server/applications/overrule-auto-decision";
import { type PostCarrier, postApplication, postCarriers } from "@/server/applications/post-application";
import { rejectApplication } from "@/server/applications/reject-application";
import { releaseApplication } from "@/server/applications/release-application";
import { requestSupplement } from "@/server/applications/request-supplement";
import { sendBackApplication } from "@/server/applications/send-back-application";
import { voidApplication } from "@/server/applications/void-application";
import { createTRPCRouter, officerProcedure } from "@/server/trpc";

const commentMax = 500;
const target = { id: z.uuid(), expectedVersion: z.number().int().positive() };
const optionalComment = z.string().trim().max(commentMax).optional();
const requiredComment = z.string().trim().min(1, "i18n:errors.application.commentRequired").max(commentMax);
const itemKey = z.string().min(1).max(64);
const materialKeys = z.array(itemKey).max(50);

const station: OfficerRole[] = ["station_officer"];
const county: OfficerRole[] = ["county_approver"];
const window: OfficerRole[] = ["window_officer"];

/**
 * The police side of household applications: queues, the review page, and every officer decision. Each
 * procedure only names who may call it; the services re-check jurisdiction, state, version and locks.
 */
export const applicationDeskRouter = createTRPCRouter({
  queue: officerProcedure(...queueRoles)
    .input(
      z.strictObject({
        state: z.enum(queueStates).optional(),
        serviceCode: z.string().trim().min(1).max(16).optional(),
        minAgeDays: z.number().int().min(0).max(3650).optional(),
        sort: z.enum(["oldest", "newest"]).default("oldest"),
        page: z.number().int().min(1).max(100_000).default(1),
      }),
    )
    .query(({ ctx, input }) =>
      listApplicationQueue(ctx.db, {
        ...input,
        userId: ctx.actor.user.id,
        roles: ctx.actor.user.roles,
        scope: ctx.actor.scope,
      }),
    ),

  /** The services with online forms, for the queue's filter. */
  services: officerProcedure(...queueRoles).query(({ ctx }) => listDeskServices(ctx.db)),

  /** Reads register records, each audited: a query still, since opening the page is the read. Supervisors read only. */
  get: officerProcedure(...deskReaderRoles)
    .input(z.strictObject({ id: z.uuid() }))
    .query(({ ctx, input }) => getApplicationForOfficer(ctx.db, { applicationId: input.id, officer: ctx.actor })),

  assign: officerProcedure(...deskRoles)
    .input(z.strictObject(target))
    .mutation(({ ctx, input }) =>
      assignApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
      }),
    ),

  release: officerProcedure(...deskRoles)
    .input(z.strictObject(target))
    .mutation(({ ctx, input }) =>
      releaseApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
      }),
    ),

  requestSupplement: officerProcedure(...station)
    .input(
      z
        .strictObject({ ...target, fields: materialKeys, materials: materialKeys, comment: requiredComment })
        .refine((v) => v.fields.length + v.materials.length > 0, {
          message: "i18n:errors.desk.supplementItemsRequired",
          path: ["items"],
        }),
    )
    .mutation(({ ctx, input }) =>
      requestSupplement(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        fields: input.fields,
        materials: input.materials,
        comment: input.comment,
      }),
    ),

  forward: officerProcedure(...station)
    .input(z.strictObject({ ...target, comment: optionalComment }))
    .mutation(({ ctx, input }) =>
      forwardApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        comment: input.comment,
      }),
    ),

  stationApprove: officerProcedure(...station)
    .input(z.strictObject({ ...target, comment: optionalComment }))
    .mutation(({ ctx, input }) =>
      approveApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        by: "station",
        comment: input.comment,
      }),
    ),

  /** The station at pre-review or the county at approval, whichever has the case. */
  reject: officerProcedure(...station, ...county)
    .input(z.strictObject({ ...target, reason: requiredComment }))
    .mutation(({ ctx, input }) =>
      rejectApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        reason: input.reason,
      }),
    ),

  approve: officerProcedure(...county)
    .input(z.strictObject({ ...target, comment: optionalComment }))
    .mutation(({ ctx, input }) =>
      approveApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        by: "county",
        comment: input.comment,
      }),
    ),

  /** Takes back what an automatic rule decided, with the reason the citizen reads. */
  overrule: officerProcedure(...station)
    .input(z.strictObject({ ...target, reason: requiredComment }))
    .mutation(({ ctx, input }) =>
      overruleAutoDecision(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        reason: input.reason,
      }),
    ),

  sendBack: officerProcedure(...county)
    .input(z.strictObject({ ...target, comment: requiredComment }))
    .mutation(({ ctx, input }) =>
      sendBackApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        comment: input.comment,
      }),
    ),

  /**
   * A mutation although it reads: a typed ID number travels in the request body, never in a URL, and a
   * refetch cannot quietly repeat the audited search.
   */
  findAtWindow: officerProcedure(...window)
    .input(
      // Room for stray spaces; the service checks the format and answers per field.
      z.union([z.strictObject({ number: z.string().max(24) }), z.strictObject({ idNumber: z.string().max(24) })]),
    )
    .mutation(({ ctx, input }) => findApplicationsAtWindow(ctx.db, { officer: ctx.actor, query: input })),

  complete: officerProcedure(...window)
    .input(
      z.strictObject({
        ...target,
        checks: z.array(z.strictObject({ materialKey: itemKey, matches: z.boolean() })).max(50),
      }),
    )
    .mutation(({ ctx, input }) =>
      completeApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        checks: input.checks,
      }),
    ),

  void: officerProcedure(...window)
    .input(z.strictObject({ ...target, reason: requiredComment, mismatched: materialKeys }))
    .mutation(({ ctx, input }) =>
      voidApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        reason: input.reason,
        mismatched: input.mismatched,
      }),
    ),

  post: officerProcedure(...window)
    .input(
      z.strictObject({
        ...target,
        carrier: z.enum(Object.keys(postCarriers) as [PostCarrier, ...PostCarrier[]]),
        trackingNumber: z
          .string()
          .transform((v) => v.replace(/\s+/g, ""))
          .pipe(z.string().regex(/^[A-Za-z0-9]{8,30}$/, "i18n:errors.desk.trackingNumberFormat")),
      }),
    )
    .mutation(({ ctx, input }) =>
      postApplication(ctx.db, {
        applicationId: input.id,
        expectedVersion: input.expectedVersion,
        officer: ctx.actor,
        carrier: input.carrier,
        trackingNumber: input.trackingNumber,
      }),
    ),
});
