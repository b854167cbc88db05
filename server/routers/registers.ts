import { z } from "zod";
import { auditSubjectKey } from "@/server/audit/audit-subject-key";
import { createRegisterRecord } from "@/server/registers/create-register-record";
import { listRegisterRecords } from "@/server/registers/list-register-records";
import { registerForActor } from "@/server/registers/register-for-actor";
import {
  createRegisterInput,
  listRegisterInput,
  recordValues,
  registerKeyInput,
  setRegisterStatusInput,
  updateRegisterInput,
} from "@/server/registers/register-inputs";
import { registerOverview } from "@/server/registers/register-overview";
import { registerDeskRoles } from "@/server/registers/registers";
import { setRegisterStatus } from "@/server/registers/set-register-status";
import { updateRegisterRecord } from "@/server/registers/update-register-record";
import { viewRegisterRecord } from "@/server/registers/view-register-record";
import { actorOf, createTRPCRouter, officerProcedure } from "@/server/trpc";

const deskProcedure = officerProcedure(...registerDeskRoles);

/**
 * The register desk: one set of procedures for every register the queries answer from (联网备案, 警察证,
 * 保安员证, 取保候审保证金, 暂扣车辆…), each register authorised by its own roles and scoped to the officer's
 * subtree. The definitions in server/registers/definitions say what each register holds.
 */
export const registersRouter = createTRPCRouter({
  /** The registers this officer maintains, with how many records their subtree keeps. */
  overview: deskProcedure.query(({ ctx }) =>
    registerOverview(ctx.db, { scope: ctx.actor.scope, roles: ctx.actor.user.roles }),
  ),

  /** One page of a register, newest first, by status and words. */
  list: deskProcedure.input(listRegisterInput).query(({ ctx, input }) => {
    const def = registerForActor(ctx.actor.user, input.register);
    const { status, search, person, page } = input;
    return listRegisterRecords(ctx.db, { ...actorOf(ctx), scope: ctx.actor.scope, def, status, search, person, page });
  }),

  /**
   * The key to search a register by person: the typed ID number is posted and swapped for its audit key, so the
   * page's address carries the key, never the number.
   */
  personKey: deskProcedure
    .input(z.strictObject({ idNumber: z.string().trim().min(1, "i18n:audit.idNumberRequired").max(24) }))
    .mutation(({ input }) => ({ person: auditSubjectKey(input.idNumber) })),

  /** One record, ID numbers masked; reading a person's record is audited under them. */
  get: deskProcedure.input(z.strictObject({ register: registerKeyInput, id: z.uuid() })).query(({ ctx, input }) =>
    viewRegisterRecord(ctx.db, {
      ...actorOf(ctx),
      scope: ctx.actor.scope,
      def: registerForActor(ctx.actor.user, input.register),
      id: input.id,
    }),
  ),

  /** Adds a record kept by the officer's unit or a keeping unit of their subtree. */
  create: deskProcedure.input(createRegisterInput).mutation(({ ctx, input }) =>
    createRegisterRecord(ctx.db, {
      ...actorOf(ctx),
      scope: ctx.actor.scope,
      def: registerForActor(ctx.actor.user, input.register),
      officerId: ctx.actor.user.id,
      orgUnitId: input.orgUnitId,
      values: recordValues(input),
    }),
  ),

  /** Corrects a record's editable fields. */
  update: deskProcedure.input(updateRegisterInput).mutation(({ ctx, input }) =>
    updateRegisterRecord(ctx.db, {
      ...actorOf(ctx),
      scope: ctx.actor.scope,
      def: registerForActor(ctx.actor.user, input.register),
      officerId: ctx.actor.user.id,
      id: input.id,
      values: recordValues(input),
    }),
  ),

  /** Moves a record to another status its register allows from the one it is in. */
  setStatus: deskProcedure.input(setRegisterStatusInput).mutation(({ ctx, input }) =>
    setRegisterStatus(ctx.db, {
      ...actorOf(ctx),
      scope: ctx.actor.scope,
      def: registerForActor(ctx.actor.user, input.register),
      officerId: ctx.actor.user.id,
      id: input.id,
      status: input.status,
      note: input.note,
    }),
  ),
});
