import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { services } from "./catalog";
import { createdAt, updatedAt } from "./columns";
import { applications } from "./household";
import { orgUnits } from "./orgs";

/**
 * What a desk's windows handle, which is the handling unit type of the services booked there: a station's
 * household window (户籍窗口) or a county's exit-entry hall (出入境接待大厅).
 */
export const appointmentDeskType = pgEnum("appointment_desk_type", [
  "household",
  "exit_entry",
  /** 车管所 service windows. */
  "vehicle_admin",
  /** A bureau's or desk's general acceptance window (综合受理窗口), for pre-reviewed window-only services. */
  "service_hall",
]);

/**
 * A unit's opening pattern for one window: half-hour slots from `startTime` to `endTime` on the given
 * weekdays (1 Monday … 5 Friday), each taking `capacity` bookings.
 */
export const appointmentTemplates = pgTable(
  "appointment_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    window: varchar({ length: 32 }).notNull(),
    deskType: appointmentDeskType().notNull(),
    weekdays: smallint().array().notNull(),
    /** "09:00", China time; on the half hour. */
    startTime: varchar({ length: 5 }).notNull(),
    endTime: varchar({ length: 5 }).notNull(),
    capacity: integer().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.orgUnitId, t.active),
    index().on(t.deskType, t.active),
    check("appointment_templates_capacity_positive", sql`${t.capacity} > 0`),
  ],
);

/** A day a unit takes no appointments (public holidays, closures). */
export const appointmentClosures = pgTable(
  "appointment_closures",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    day: date().notNull(),
    reason: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.orgUnitId, t.day)],
);

/**
 * The booking counter of one slot, created when the slot is first booked. Booking is a conditional
 * `UPDATE … SET booked = booked + 1 WHERE booked < capacity`: the row lock serialises concurrent
 * bookings of a slot, and the check constraint is the last line against overbooking.
 */
export const appointmentSlots = pgTable(
  "appointment_slots",
  {
    id: uuid().primaryKey().defaultRandom(),
    templateId: uuid()
      .notNull()
      .references(() => appointmentTemplates.id),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    capacity: integer().notNull(),
    booked: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex().on(t.templateId, t.startsAt),
    index().on(t.orgUnitId, t.startsAt),
    check("appointment_slots_within_capacity", sql`${t.booked} >= 0 AND ${t.booked} <= ${t.capacity}`),
  ],
);

export const appointmentStatus = pgEnum("appointment_status", ["booked", "cancelled", "attended", "no_show"]);

export const appointments = pgTable(
  "appointments",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    slotId: uuid()
      .notNull()
      .references(() => appointmentSlots.id),
    /**
     * The pre-reviewed application this visit completes at the window (window-only services): the window
     * officer opens its dossier from the booking.
     */
    applicationId: uuid().references((): AnyPgColumn => applications.id),
    /** Copied from the slot so the citizen's and the reminder job's queries need no join. */
    startsAt: timestamp({ withTimezone: true }).notNull(),
    status: appointmentStatus().notNull().default("booked"),
    reminderSentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One active booking per person per service, whatever the race.
    uniqueIndex("appointments_one_active_per_service")
      .on(t.userId, t.serviceId)
      .where(sql`${t.status} = 'booked'`),
    index().on(t.slotId),
    index().on(t.serviceId),
    index().on(t.applicationId),
    index().on(t.userId, t.status, t.startsAt),
    index().on(t.status, t.startsAt),
  ],
);

export type AppointmentTemplate = typeof appointmentTemplates.$inferSelect;
export type AppointmentDeskType = (typeof appointmentDeskType.enumValues)[number];
export type Appointment = typeof appointments.$inferSelect;
