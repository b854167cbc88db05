import { z } from "zod";
import { caseNodeKinds, caseTypes, coerciveMeasures, queryPersonRelations } from "@/db/schema";
import { addCaseNode } from "@/server/cases/add-case-node";
import { addQueryPerson } from "@/server/cases/add-query-person";
import { caseFormOptions } from "@/server/cases/case-form-options";
import { caseOfficerRoles } from "@/server/cases/case-officer-roles";
import { getCase } from "@/server/cases/get-case";
import { listCases } from "@/server/cases/list-cases";
import { queryCaseProgress } from "@/server/cases/query-case-progress";
import { registerCase } from "@/server/cases/register-case";
import { reissueQueryNumber } from "@/server/cases/reissue-query-number";
import { requestCaseQueryCode } from "@/server/cases/request-case-query-code";
import { revokeQueryPerson } from "@/server/cases/revoke-query-person";
import { actorOf, citizenProcedure, createTRPCRouter, officerProcedure } from "@/server/trpc";

const officer = officerProcedure(...caseOfficerRoles);
const required = (max: number) => z.string().trim().min(1, "i18n:cases.form.required").max(max);
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "i18n:cases.form.date")
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "i18n:cases.form.date");
/** What a querier types: bounded, and otherwise judged only by the service, which answers every mismatch alike. */
const queryFactors = { queryNumber: required(24), idNumber: required(20), phone: required(20) };

export const casesRouter = createTRPCRouter({
  formOptions: officer.query(({ ctx }) => caseFormOptions(ctx.db, { scope: ctx.actor.scope })),

  list: officer.query(({ ctx }) => listCases(ctx.db, { scope: ctx.actor.scope })),

  get: officer
    .input(z.strictObject({ id: z.uuid() }))
    .query(({ ctx, input }) => getCase(ctx.db, { scope: ctx.actor.scope, caseId: input.id, ...actorOf(ctx) })),

  register: officer
    .input(
      z.strictObject({
        caseNumber: required(40),
        type: z.enum(caseTypes),
        title: required(100),
        handlingUnitId: z.number().int().positive(),
        officerInChargeId: z.uuid(),
      }),
    )
    .mutation(({ ctx, input }) =>
      registerCase(ctx.db, { ...input, scope: ctx.actor.scope, createdBy: ctx.actor.user.id, ...actorOf(ctx) }),
    ),

  /** Returns the new person's query number: the only time it can be shown (for the printed slip). */
  addPerson: officer
    .input(
      z.strictObject({
        caseId: z.uuid(),
        idNumber: required(20),
        phone: required(20),
        relation: z.enum(queryPersonRelations),
        familyRelation: z.string().trim().max(20).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      addQueryPerson(ctx.db, { ...input, scope: ctx.actor.scope, createdBy: ctx.actor.user.id, ...actorOf(ctx) }),
    ),

  reissueNumber: officer
    .input(z.strictObject({ personId: z.uuid() }))
    .mutation(({ ctx, input }) =>
      reissueQueryNumber(ctx.db, { scope: ctx.actor.scope, personId: input.personId, ...actorOf(ctx) }),
    ),

  revokePerson: officer.input(z.strictObject({ personId: z.uuid() })).mutation(({ ctx, input }) =>
    revokeQueryPerson(ctx.db, {
      scope: ctx.actor.scope,
      personId: input.personId,
      officerId: ctx.actor.user.id,
      ...actorOf(ctx),
    }),
  ),

  addNode: officer
    .input(
      z.strictObject({
        caseId: z.uuid(),
        kind: z.enum(caseNodeKinds),
        measure: z.enum(coerciveMeasures).nullish(),
        occurredOn: calendarDate,
        remark: z.string().trim().max(200),
      }),
    )
    .mutation(({ ctx, input }) =>
      addCaseNode(ctx.db, { ...input, scope: ctx.actor.scope, recordedBy: ctx.actor.user.id, ...actorOf(ctx) }),
    ),

  /** Mutations although they read: the factors travel in a POST body, never in a URL or a server log. */
  requestQueryCode: citizenProcedure
    .meta({ auditedAttempt: "cases.query_code_requested" })
    .input(z.strictObject(queryFactors))
    .mutation(({ ctx, input }) =>
      requestCaseQueryCode(ctx.db, {
        ...input,
        userId: ctx.actor.user.id,
        ip: ctx.actor.ip,
        correlationId: ctx.actor.correlationId,
      }),
    ),

  query: citizenProcedure
    .meta({ auditedAttempt: "cases.queried" })
    .input(z.strictObject({ ...queryFactors, code: required(10) }))
    .mutation(({ ctx, input }) =>
      queryCaseProgress(ctx.db, {
        ...input,
        userId: ctx.actor.user.id,
        ip: ctx.actor.ip,
        correlationId: ctx.actor.correlationId,
      }),
    ),
});
