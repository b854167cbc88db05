import { z } from "zod";
import { liability } from "@/db/schema";
import { gateQuestions, maxParties } from "@/server/accidents/accident-rules";
import { askDetermination } from "@/server/accidents/ask-determination";
import { claimLiability } from "@/server/accidents/claim-liability";
import { createAccident } from "@/server/accidents/create-accident";
import { decideAccident } from "@/server/accidents/decide-accident";
import { getAccident, getAccidentVersion } from "@/server/accidents/get-accident";
import { getAccidentForOfficer } from "@/server/accidents/get-accident-for-officer";
import { getClaim } from "@/server/accidents/get-claim";
import { joinAccident } from "@/server/accidents/join-accident";
import { listAccidentChoices } from "@/server/accidents/list-accident-choices";
import { listAccidentQueue } from "@/server/accidents/list-accident-queue";
import { listClaims } from "@/server/accidents/list-claims";
import { listMyAccidents } from "@/server/accidents/list-my-accidents";
import { accidentOfficerRoles } from "@/server/accidents/load-accident-for-actor";
import { requestRetake } from "@/server/accidents/request-retake";
import { requestSignCode } from "@/server/accidents/request-sign-code";
import { settleClaim } from "@/server/accidents/settle-claim";
import { signAgreement } from "@/server/accidents/sign-agreement";
import { yuanAmount } from "@/server/money/yuan-amount";
import { actorOf, citizenProcedure, createTRPCRouter, insurerProcedure, officerProcedure } from "@/server/trpc";

const party = z.strictObject({
  licenceNumber: z.string().trim().min(1).max(18),
  plateNumber: z.string().trim().min(1).max(20),
  insurerCode: z.string().trim().min(1).max(16),
  phone: z.string().trim().min(1).max(11),
});
const byId = z.strictObject({ id: z.uuid() });
const statement = z.string().max(500);
const liabilityValue = z.enum(liability.enumValues);
const claimInput = z.strictObject({
  partyId: z.uuid(),
  amountYuan: yuanAmount({ maxFen: 9_999_999_999, message: "i18n:errors.accident.amount" }),
});
const officer = officerProcedure(...accidentOfficerRoles);

export const accidentsRouter = createTRPCRouter({
  /** Insurers, districts/counties and the driver's own licence number and plates for the accident form. */
  choices: citizenProcedure.query(({ ctx }) => listAccidentChoices(ctx.db, { userId: ctx.actor.user.id })),

  /** The reporter opens an accident once every gate answer is yes. */
  create: citizenProcedure
    .input(
      z.strictObject({
        gate: z.strictObject(
          Object.fromEntries(gateQuestions.map((q) => [q, z.boolean()])) as Record<
            (typeof gateQuestions)[number],
            z.ZodBoolean
          >,
        ),
        occurredAt: z.date(),
        place: z.string().max(100),
        latitude: z.number().min(-90).max(90).nullish(),
        longitude: z.number().min(-180).max(180).nullish(),
        unitCode: z.string().regex(/^\d{6}$/, "i18n:errors.accident.unit"),
        partyCount: z.number().int().min(2).max(maxParties),
        party,
      }),
    )
    .mutation(({ ctx, input }) => createAccident(ctx.db, { ...input, userId: ctx.actor.user.id, ...actorOf(ctx) })),

  join: citizenProcedure
    .input(z.strictObject({ code: z.string().trim().max(6), party }))
    .mutation(({ ctx, input }) => joinAccident(ctx.db, { ...input, userId: ctx.actor.user.id, ...actorOf(ctx) })),

  mine: citizenProcedure.query(({ ctx }) => listMyAccidents(ctx.db, { userId: ctx.actor.user.id })),

  get: citizenProcedure
    .input(byId)
    .query(({ ctx, input }) => getAccident(ctx.db, { userId: ctx.actor.user.id, accidentId: input.id })),

  /** Polled by the open accident page; cheap, so every few seconds is fine. */
  version: citizenProcedure
    .input(byId)
    .query(({ ctx, input }) => getAccidentVersion(ctx.db, { userId: ctx.actor.user.id, accidentId: input.id })),

  claimLiability: citizenProcedure
    .input(z.strictObject({ id: z.uuid(), liability: liabilityValue, statement }))
    .mutation(({ ctx, input }) =>
      claimLiability(ctx.db, {
        userId: ctx.actor.user.id,
        accidentId: input.id,
        liability: input.liability,
        statement: input.statement,
      }),
    ),

  requestSignCode: citizenProcedure
    .input(byId)
    .mutation(({ ctx, input }) =>
      requestSignCode(ctx.db, { userId: ctx.actor.user.id, accidentId: input.id, ip: ctx.actor.ip }),
    ),

  sign: citizenProcedure
    .input(
      z.strictObject({
        id: z.uuid(),
        code: z
          .string()
          .trim()
          .regex(/^\d{6}$/, "i18n:errors.INVALID_CODE"),
      }),
    )
    .mutation(({ ctx, input }) =>
      signAgreement(ctx.db, { userId: ctx.actor.user.id, accidentId: input.id, code: input.code, ...actorOf(ctx) }),
    ),

  askDetermination: citizenProcedure.input(z.strictObject({ id: z.uuid(), statement })).mutation(({ ctx, input }) =>
    askDetermination(ctx.db, {
      userId: ctx.actor.user.id,
      accidentId: input.id,
      statement: input.statement,
      ...actorOf(ctx),
    }),
  ),

  /** Traffic officers: accidents of their jurisdiction waiting for remote determination. */
  queue: officer.query(({ ctx }) => listAccidentQueue(ctx.db, { scope: ctx.actor.scope })),

  forOfficer: officer
    .input(byId)
    .query(({ ctx, input }) =>
      getAccidentForOfficer(ctx.db, { scope: ctx.actor.scope, accidentId: input.id, ...actorOf(ctx) }),
    ),

  decide: officer
    .input(
      z.strictObject({
        id: z.uuid(),
        liabilities: z
          .array(z.strictObject({ partyId: z.uuid(), liability: liabilityValue }))
          .min(2)
          .max(maxParties),
        rule: z.string().max(100),
        note: z.string().max(150),
      }),
    )
    .mutation(({ ctx, input }) =>
      decideAccident(ctx.db, {
        scope: ctx.actor.scope,
        officerId: ctx.actor.user.id,
        accidentId: input.id,
        liabilities: input.liabilities,
        rule: input.rule,
        note: input.note,
        ...actorOf(ctx),
      }),
    ),

  requestRetake: officer
    .input(z.strictObject({ id: z.uuid(), slot: z.string().max(32), note: z.string().max(150) }))
    .mutation(({ ctx, input }) =>
      requestRetake(ctx.db, {
        scope: ctx.actor.scope,
        accidentId: input.id,
        slot: input.slot,
        note: input.note,
        ...actorOf(ctx),
      }),
    ),

  /** Insurers: claims of their own company's policyholders. */
  claims: insurerProcedure.query(({ ctx }) => listClaims(ctx.db, { userId: ctx.actor.user.id })),

  claim: insurerProcedure
    .input(z.strictObject({ partyId: z.uuid() }))
    .query(({ ctx, input }) => getClaim(ctx.db, { userId: ctx.actor.user.id, partyId: input.partyId })),

  assess: insurerProcedure.input(claimInput).mutation(({ ctx, input }) =>
    settleClaim(ctx.db, {
      userId: ctx.actor.user.id,
      partyId: input.partyId,
      step: "assess",
      amountFen: input.amountYuan,
      ...actorOf(ctx),
    }),
  ),

  pay: insurerProcedure.input(claimInput).mutation(({ ctx, input }) =>
    settleClaim(ctx.db, {
      userId: ctx.actor.user.id,
      partyId: input.partyId,
      step: "pay",
      amountFen: input.amountYuan,
      ...actorOf(ctx),
    }),
  ),
});
