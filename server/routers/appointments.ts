import { z } from "zod";
import { appointmentDeskType } from "@/db/schema";
import {
  addClosure,
  appointmentDeskRoles,
  createTemplate,
  listDayBookings,
  loadDeskSchedule,
  recordAttendance,
  setTemplateActive,
} from "@/server/appointments/appointment-desk";
import { bookAppointment } from "@/server/appointments/book-appointment";
import { cancelAppointment, rescheduleAppointment } from "@/server/appointments/change-appointment";
import { deskTypesOf } from "@/server/appointments/desk-type";
import { listAvailableSlots, listBookableUnits } from "@/server/appointments/list-available-slots";
import { listMyAppointments } from "@/server/appointments/list-my-appointments";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { chinaToday } from "@/server/dates/china-today";
import { actorOf, citizenProcedure, createTRPCRouter, officerProcedure } from "@/server/trpc";

const day = z.iso.date("i18n:appointments.dayInvalid");
const slot = { templateId: z.uuid(), startsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)) };
const desk = officerProcedure(...appointmentDeskRoles);

/** Window appointments: citizens book half-hour slots; the unit's desk keeps the schedule and the day's list. */
export const appointmentsRouter = createTRPCRouter({
  units: citizenProcedure
    .input(z.strictObject({ serviceCode: serviceCodeSchema, applicationId: z.uuid().optional() }))
    .query(({ ctx, input }) => listBookableUnits(ctx.db, { ...input, userId: ctx.actor.user.id })),
  slots: citizenProcedure
    .input(z.strictObject({ orgUnitId: z.number().int().positive(), serviceCode: serviceCodeSchema }))
    .query(({ ctx, input }) => listAvailableSlots(ctx.db, input)),
  mine: citizenProcedure.query(({ ctx }) => listMyAppointments(ctx.db, { userId: ctx.actor.user.id })),
  book: citizenProcedure
    .input(z.strictObject({ serviceCode: serviceCodeSchema, applicationId: z.uuid().optional(), ...slot }))
    .mutation(({ ctx, input }) => bookAppointment(ctx.db, { userId: ctx.actor.user.id, ...input })),
  cancel: citizenProcedure
    .input(z.strictObject({ appointmentId: z.uuid() }))
    .mutation(({ ctx, input }) => cancelAppointment(ctx.db, { userId: ctx.actor.user.id, ...input })),
  reschedule: citizenProcedure
    .input(z.strictObject({ appointmentId: z.uuid(), ...slot }))
    .mutation(({ ctx, input }) => rescheduleAppointment(ctx.db, { userId: ctx.actor.user.id, ...input })),

  schedule: desk.query(({ ctx }) => loadDeskSchedule(ctx.db, { scope: ctx.actor.scope, today: chinaToday() })),
  createTemplate: desk
    .input(
      z.strictObject({
        window: z.string().trim().min(1, "i18n:appointments.windowRequired").max(32),
        weekdays: z.array(z.number().int().min(1).max(5)).min(1, "i18n:appointments.weekdaysRequired").max(5),
        startTime: z.string(),
        endTime: z.string(),
        capacity: z.number().int().min(1).max(50),
        deskType: z.enum(appointmentDeskType.enumValues).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      createTemplate(ctx.db, {
        ...input,
        deskTypes: deskTypesOf(ctx.actor.user.roles),
        scope: ctx.actor.scope,
        ...actorOf(ctx),
      }),
    ),
  setTemplateActive: desk
    .input(z.strictObject({ templateId: z.uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) => setTemplateActive(ctx.db, { ...input, scope: ctx.actor.scope, ...actorOf(ctx) })),
  addClosure: desk
    .input(z.strictObject({ day, reason: z.string().trim().min(1, "i18n:appointments.reasonRequired").max(100) }))
    .mutation(({ ctx, input }) => addClosure(ctx.db, { ...input, scope: ctx.actor.scope, ...actorOf(ctx) })),
  dayBookings: desk
    .input(z.strictObject({ day }))
    .query(({ ctx, input }) => listDayBookings(ctx.db, { ...input, scope: ctx.actor.scope, ...actorOf(ctx) })),
  recordAttendance: desk
    .input(z.strictObject({ appointmentId: z.uuid(), outcome: z.enum(["attended", "no_show"]) }))
    .mutation(({ ctx, input }) => recordAttendance(ctx.db, { ...input, scope: ctx.actor.scope, ...actorOf(ctx) })),
});
