import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  appointmentSlots,
  appointmentTemplates,
  appointments,
  orgUnits,
  smsMessages,
  userServiceUsage,
} from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { insertTestUser } from "@/server/accounts/test-accounts";
import { buildHome } from "@/server/catalog/build-home";
import { createCaller } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";
import { createTestDb } from "@/test/db";
import { slotStart } from "./appointment-rules";
import { bookAppointment } from "./book-appointment";
import { cancelAppointment, rescheduleAppointment } from "./change-appointment";
import { listAvailableSlots } from "./list-available-slots";
import { remindAppointments } from "./remind-appointments";
import { callerAs, callerAsDemo } from "@/test/caller-as";
import { refusalReason } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let stationId: number;
let template: { id: string };
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const [station] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "41010501"));
  stationId = station!.id;
  const [row] = await db
    .insert(appointmentTemplates)
    // An exit-entry window, since most tests book passport services (CR…) through it.
    .values({
      orgUnitId: stationId,
      window: "3号窗口",
      deskType: "exit_entry",
      weekdays: [1, 2, 3, 4, 5],
      startTime: "09:00",
      endTime: "11:30",
      capacity: 5,
    })
    .returning({ id: appointmentTemplates.id });
  template = row!;
});
afterAll(async () => h.close());

/** Monday 30 November 2026, 08:00 China time: the week's slots all lie ahead. */
const monday8 = new Date("2026-11-30T00:00:00Z");
const at = (day: string, time: string) => slotStart(day, time);

let phoneSerial = 0;
async function citizens(n: number) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push(
      await insertTestUser(db, {
        roles: ["citizen"],
        phone: `1370000${String(++phoneSerial).padStart(4, "0")}`,
        password: "Demo@2026x",
      }),
    );
  }
  return rows;
}

const as = (key: DemoAccountKey) => callerAsDemo(db, key);

describe("booking a slot", () => {
  it("never goes over capacity: 20 citizens booking one slot of 5 at once get 5 bookings and 15 refusals", async () => {
    const people = await citizens(20);
    const startsAt = at("2026-12-01", "09:00");
    const results = await Promise.allSettled(
      people.map((u) =>
        bookAppointment(db, { userId: u.id, serviceCode: "CR001", templateId: template.id, startsAt, now: monday8 }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { code: string }).code] : []));
    expect(refused).toEqual(Array(15).fill("SLOT_FULL"));
    const [slot] = await db
      .select()
      .from(appointmentSlots)
      .where(and(eq(appointmentSlots.templateId, template.id), eq(appointmentSlots.startsAt, startsAt)));
    expect(slot).toMatchObject({ booked: 5, capacity: 5 });
    expect(await db.select().from(appointments).where(eq(appointments.slotId, slot!.id))).toHaveLength(5);
    const day = (await listAvailableSlots(db, { orgUnitId: stationId, serviceCode: "CR001", now: monday8 })).find(
      (d) => d.day === "2026-12-01",
    )!;
    expect(day.slots.find((s) => s.templateId === template.id && s.time === "09:00")!.remaining).toBe(0);
    expect(day.slots.find((s) => s.templateId === template.id && s.time === "09:30")!.remaining).toBe(5);
  });

  it("allows one active booking per person per service, also when the same person books twice at once", async () => {
    const [u] = await citizens(1);
    const tries = await Promise.allSettled(
      ["09:30", "10:00", "10:30"].map((time) =>
        bookAppointment(db, {
          userId: u!.id,
          serviceCode: "CR002",
          templateId: template.id,
          startsAt: at("2026-12-02", time),
          now: monday8,
        }),
      ),
    );
    expect(tries.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(tries.flatMap((r) => (r.status === "rejected" ? [(r.reason as { code: string }).code] : []))).toEqual([
      "APPOINTMENT_EXISTS",
      "APPOINTMENT_EXISTS",
    ]);
    // Another service is another booking.
    await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR001",
      templateId: template.id,
      startsAt: at("2026-12-02", "09:30"),
      now: monday8,
    });
    expect(
      await db
        .select()
        .from(appointments)
        .where(and(eq(appointments.userId, u!.id), eq(appointments.status, "booked"))),
    ).toHaveLength(2);
  });

  it("refuses a time the template does not offer, a weekend, a day past the horizon, a past slot and a closed day", async () => {
    const [u] = await citizens(1);
    const book = (startsAt: Date) =>
      bookAppointment(db, { userId: u!.id, serviceCode: "CR001", templateId: template.id, startsAt, now: monday8 });
    for (const startsAt of [
      at("2026-12-01", "11:30"),
      at("2026-12-05", "09:00"),
      at("2026-12-21", "09:00"),
      at("2026-11-27", "09:00"),
    ]) {
      expect(await refusalReason(book(startsAt)), startsAt.toISOString()).toBe("SLOT_UNAVAILABLE");
    }
    const officer = await as("windowOfficer");
    await officer.appointments.addClosure({ day: "2026-12-03", reason: "临时闭厅" });
    expect(await refusalReason(book(at("2026-12-03", "09:00")))).toBe("SLOT_UNAVAILABLE");
    const days = await listAvailableSlots(db, { orgUnitId: stationId, serviceCode: "CR001", now: monday8 });
    expect(days.find((d) => d.day === "2026-12-03")).toMatchObject({ closed: true, slots: [] });
    expect(
      await refusalReason(
        bookAppointment(db, {
          userId: u!.id,
          serviceCode: "HZ001",
          templateId: template.id,
          startsAt: at("2026-12-04", "09:00"),
          now: monday8,
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("cancelling and rescheduling", () => {
  it("moves a booking to another slot, giving the old place back, and keeps it when the new slot is full", async () => {
    const [u] = await citizens(1);
    const booked = await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR001",
      templateId: template.id,
      startsAt: at("2026-12-04", "10:00"),
      now: monday8,
    });
    const moved = await rescheduleAppointment(db, {
      userId: u!.id,
      appointmentId: booked.id,
      templateId: template.id,
      startsAt: at("2026-12-04", "10:30"),
      now: monday8,
    });
    expect(moved.startsAt).toEqual(at("2026-12-04", "10:30"));
    const slots = await listAvailableSlots(db, { orgUnitId: stationId, serviceCode: "CR001", now: monday8 });
    const friday = slots.find((d) => d.day === "2026-12-04")!;
    expect(friday.slots.find((s) => s.templateId === template.id && s.time === "10:00")!.remaining).toBe(5);
    expect(friday.slots.find((s) => s.templateId === template.id && s.time === "10:30")!.remaining).toBe(4);

    expect(
      await refusalReason(
        rescheduleAppointment(db, {
          userId: u!.id,
          appointmentId: booked.id,
          templateId: template.id,
          startsAt: at("2026-12-01", "09:00"),
          now: monday8,
        }),
      ),
    ).toBe("SLOT_FULL");
    const [row] = await db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row).toMatchObject({ status: "booked", startsAt: at("2026-12-04", "10:30") });
  });

  it("cancels up to 2 hours before the start, not later, and not someone else's booking", async () => {
    const [u, other] = await citizens(2);
    const booked = await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR001",
      templateId: template.id,
      startsAt: at("2026-12-07", "11:00"),
      now: monday8,
    });
    expect(
      await refusalReason(cancelAppointment(db, { userId: other!.id, appointmentId: booked.id, now: monday8 })),
    ).toBe("NOT_FOUND");
    const tooLate = new Date(at("2026-12-07", "11:00").getTime() - 119 * 60_000);
    expect(await refusalReason(cancelAppointment(db, { userId: u!.id, appointmentId: booked.id, now: tooLate }))).toBe(
      "APPOINTMENT_LOCKED",
    );
    expect(
      await refusalReason(
        rescheduleAppointment(db, {
          userId: u!.id,
          appointmentId: booked.id,
          templateId: template.id,
          startsAt: at("2026-12-08", "09:00"),
          now: tooLate,
        }),
      ),
    ).toBe("APPOINTMENT_LOCKED");
    await cancelAppointment(db, {
      userId: u!.id,
      appointmentId: booked.id,
      now: new Date(at("2026-12-07", "11:00").getTime() - 120 * 60_000),
    });
    const [row] = await db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row!.status).toBe("cancelled");
    // The person may book the service again.
    await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR001",
      templateId: template.id,
      startsAt: at("2026-12-08", "09:00"),
      now: monday8,
    });
  });
});

describe("no-shows", () => {
  it("3 no-shows within 90 days block online booking for 30 days after the latest", async () => {
    const [u] = await citizens(1);
    const officer = await as("windowOfficer");
    const missed = [];
    for (const [service, day] of [
      ["CR008", "2026-12-01"],
      ["CR001", "2026-12-02"],
      ["CR002", "2026-12-04"],
    ] as const) {
      missed.push(
        await bookAppointment(db, {
          userId: u!.id,
          serviceCode: service,
          templateId: template.id,
          startsAt: at(day, "11:00"),
          now: monday8,
        }),
      );
    }
    // Two recorded: still free to book.
    await db.update(appointments).set({ status: "no_show" }).where(eq(appointments.id, missed[0]!.id));
    await db.update(appointments).set({ status: "no_show" }).where(eq(appointments.id, missed[1]!.id));
    const third = at("2026-12-04", "11:00");
    // The officer records the third after its start (through the desk procedure, which checks the time itself).
    await db
      .update(appointments)
      .set({ startsAt: new Date(Date.now() - 60_000) })
      .where(eq(appointments.id, missed[2]!.id));
    await officer.appointments.recordAttendance({ appointmentId: missed[2]!.id, outcome: "no_show" });
    await db.update(appointments).set({ startsAt: third }).where(eq(appointments.id, missed[2]!.id));

    const afterThird = new Date(third.getTime() + 60 * 60_000);
    expect(
      await refusalReason(
        bookAppointment(db, {
          userId: u!.id,
          serviceCode: "CR008",
          templateId: template.id,
          startsAt: at("2026-12-10", "09:00"),
          now: afterThird,
        }),
      ),
    ).toBe("BOOKING_BLOCKED");
    const released = new Date(third.getTime() + 30 * 24 * 60 * 60_000 + 60_000);
    const laterSlotDay = "2027-01-05";
    await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR008",
      templateId: template.id,
      startsAt: at(laterSlotDay, "09:00"),
      now: released,
    });
  });
});

describe("day-before reminders", () => {
  it("sends one SMS per booking starting tomorrow, whatever the reruns", async () => {
    const [u] = await citizens(1);
    const booked = await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR001",
      templateId: template.id,
      startsAt: at("2026-12-09", "09:30"),
      now: monday8,
    });
    const eveningBefore = new Date("2026-12-08T10:00:00Z");
    await remindAppointments(db, { now: eveningBefore });
    await remindAppointments(db, { now: eveningBefore });
    const sms = await db
      .select()
      .from(smsMessages)
      .where(like(smsMessages.idempotencyKey, `appointment-reminder:${booked.id}:%`));
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain("2026年12月9日09:30");
    expect(sms[0]!.body).toContain("3号窗口");
  });
});

describe("appointments procedures", () => {
  it("lists the citizen's bookings and lets them cancel; officers see the day's bookings with masked names", async () => {
    const citizen = await as("citizen");
    const units = await citizen.appointments.units({ serviceCode: "CR008" });
    expect(units.map((u) => u.id)).toContain(stationId);
    const days = await citizen.appointments.slots({ orgUnitId: stationId, serviceCode: "CR008" });
    const free = days
      .flatMap((d) => d.slots)
      .find(
        (s) => s.templateId === template.id && s.remaining > 0 && s.startsAt.getTime() - Date.now() > 3 * 60 * 60_000,
      )!;
    const booked = await citizen.appointments.book({
      serviceCode: "CR008",
      templateId: free.templateId,
      startsAt: free.startsAt.toISOString(),
    });
    const mine = await citizen.appointments.mine();
    expect(mine.find((a) => a.id === booked.id)).toMatchObject({
      status: "booked",
      window: "3号窗口",
      changeable: true,
      serviceCode: "CR008",
    });

    const day = new Date(free.startsAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const list = await (await as("windowOfficer")).appointments.dayBookings({ day });
    expect(list.find((b) => b.id === booked.id)).toMatchObject({ maskedName: "张*", status: "booked" });

    await citizen.appointments.cancel({ appointmentId: booked.id });
    expect((await citizen.appointments.mine()).find((a) => a.id === booked.id)?.status).toBe("cancelled");
  });

  it("refuses citizen procedures to staff and desk procedures to citizens and other officers", async () => {
    const ids = {
      appointmentId: "00000000-0000-4000-8000-000000000000",
      templateId: "00000000-0000-4000-8000-000000000000",
    };
    for (const key of ["stationOfficer", "windowOfficer", "admin"] as const) {
      const c = await as(key);
      for (const call of [
        c.appointments.units({ serviceCode: "CR001" }),
        c.appointments.slots({ orgUnitId: stationId, serviceCode: "CR001" }),
        c.appointments.mine(),
        c.appointments.book({
          serviceCode: "CR001",
          templateId: ids.templateId,
          startsAt: "2026-12-01T09:00:00+08:00",
        }),
        c.appointments.cancel({ appointmentId: ids.appointmentId }),
        c.appointments.reschedule({
          appointmentId: ids.appointmentId,
          templateId: ids.templateId,
          startsAt: "2026-12-01T09:00:00+08:00",
        }),
      ]) {
        expect(await refusalReason(call), key).toBe("FORBIDDEN");
      }
    }
    for (const key of ["citizen", "stationOfficer", "countyApprover", "trafficOfficer", "admin"] as const) {
      const c = await as(key);
      for (const call of [
        c.appointments.schedule(),
        c.appointments.createTemplate({
          window: "1号窗口",
          weekdays: [1],
          startTime: "09:00",
          endTime: "10:00",
          capacity: 2,
        }),
        c.appointments.setTemplateActive({ templateId: template.id, active: false }),
        c.appointments.addClosure({ day: "2026-12-25", reason: "x" }),
        c.appointments.dayBookings({ day: "2026-12-01" }),
        c.appointments.recordAttendance({ appointmentId: ids.appointmentId, outcome: "attended" }),
      ]) {
        expect(await refusalReason(call), key).toBe("FORBIDDEN");
      }
    }
  });

  it("keeps each desk to its own unit: templates, closures and attendance elsewhere are refused", async () => {
    const luoyangDesk = await insertTestUser(db, {
      roles: ["window_officer"],
      account: "410305099",
      password: "Demo@2026x",
      orgUnitCode: "41030501",
    });
    const c = createCaller(
      createContext({
        db,
        user: {
          id: luoyangDesk.id,
          name: luoyangDesk.name,
          roles: luoyangDesk.roles,
          orgUnitId: luoyangDesk.orgUnitId,
        },
        headers: new Headers(),
      }),
    );
    expect(await refusalReason(c.appointments.setTemplateActive({ templateId: template.id, active: false }))).toBe(
      "NOT_FOUND",
    );
    const [u] = await citizens(1);
    const booked = await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR001",
      templateId: template.id,
      startsAt: at("2026-12-10", "09:00"),
      now: monday8,
    });
    expect(await refusalReason(c.appointments.recordAttendance({ appointmentId: booked.id, outcome: "no_show" }))).toBe(
      "OUT_OF_JURISDICTION",
    );
    expect((await c.appointments.dayBookings({ day: "2026-12-10" })).map((b) => b.id)).not.toContain(booked.id);
    expect(
      (await (await as("windowOfficer")).appointments.dayBookings({ day: "2026-12-10" })).map((b) => b.id),
    ).toContain(booked.id);
    expect((await c.appointments.schedule()).templates).toEqual([]);
    const own = await c.appointments.createTemplate({
      window: "1号窗口",
      weekdays: [1, 3],
      startTime: "14:00",
      endTime: "16:00",
      capacity: 3,
    });
    const [row] = await db.select().from(appointmentTemplates).where(eq(appointmentTemplates.id, own.id));
    expect(row!.orgUnitId).toBe(luoyangDesk.orgUnitId);
    expect(
      await refusalReason(
        c.appointments.createTemplate({
          window: "1号窗口",
          weekdays: [1],
          startTime: "14:15",
          endTime: "14:00",
          capacity: 3,
        }),
      ),
    ).toBe("BAD_INPUT");
  });
});

describe("handling unit types", () => {
  async function seededTemplate(window: string) {
    const [row] = await db.select().from(appointmentTemplates).where(eq(appointmentTemplates.window, window)).limit(1);
    return row!;
  }

  it("offers an ID-card renewal only at household windows, never at the exit-entry hall, in the unit list, the slots and the booking", async () => {
    const hall = await seededTemplate("出入境2号窗口");
    const household = await seededTemplate("户籍1号窗口");
    const citizen = await as("citizen");
    const renewalUnits = (await citizen.appointments.units({ serviceCode: "HZ031" })).map((u) => u.id);
    expect(renewalUnits).toContain(household.orgUnitId);
    expect(renewalUnits).not.toContain(hall.orgUnitId);
    const passportUnits = (await citizen.appointments.units({ serviceCode: "CR001" })).map((u) => u.id);
    expect(passportUnits).toContain(hall.orgUnitId);
    // Custody has no bookable desk on the platform yet: no unit, rather than someone else's window.
    expect(await citizen.appointments.units({ serviceCode: "JS001" })).toEqual([]);

    const hallDays = await listAvailableSlots(db, { orgUnitId: hall.orgUnitId, serviceCode: "HZ031", now: monday8 });
    expect(hallDays.flatMap((d) => d.slots)).toEqual([]);
    const stationDays = await listAvailableSlots(db, { orgUnitId: stationId, serviceCode: "HZ031", now: monday8 });
    const stationWindows = new Set(stationDays.flatMap((d) => d.slots.map((s) => s.window)));
    expect(stationWindows.has("户籍1号窗口")).toBe(true);
    expect(stationWindows.has("3号窗口")).toBe(false);

    const [u] = await citizens(1);
    const atHall = bookAppointment(db, {
      userId: u!.id,
      serviceCode: "HZ031",
      templateId: hall.id,
      startsAt: at("2026-12-02", "09:00"),
      now: monday8,
    });
    expect(await refusalReason(atHall)).toBe("SLOT_UNAVAILABLE");
    const booked = await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "HZ031",
      templateId: household.id,
      startsAt: at("2026-12-02", "09:00"),
      now: monday8,
    });
    const moveToHall = rescheduleAppointment(db, {
      userId: u!.id,
      appointmentId: booked.id,
      templateId: hall.id,
      startsAt: at("2026-12-02", "10:00"),
      now: monday8,
    });
    expect(await refusalReason(moveToHall)).toBe("SLOT_UNAVAILABLE");
    const [row] = await db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row).toMatchObject({ status: "booked", startsAt: at("2026-12-02", "09:00") });
  });

  it("gives a new window the desk type of the officer's desk; an officer at both desks must choose", async () => {
    const windowDesk = await as("windowOfficer");
    const created = await windowDesk.appointments.createTemplate({
      window: "户籍5号窗口",
      weekdays: [2],
      startTime: "15:00",
      endTime: "16:00",
      capacity: 1,
    });
    expect(
      (await db.select().from(appointmentTemplates).where(eq(appointmentTemplates.id, created.id)))[0]!.deskType,
    ).toBe("household");
    expect(
      await refusalReason(
        windowDesk.appointments.createTemplate({
          window: "出入境9号窗口",
          weekdays: [2],
          startTime: "15:00",
          endTime: "16:00",
          capacity: 1,
          deskType: "exit_entry",
        }),
      ),
    ).toBe("BAD_INPUT");

    const both = await insertTestUser(db, {
      roles: ["window_officer", "exit_entry_officer"],
      account: "410105098",
      password: "Demo@2026x",
      orgUnitCode: "410105",
    });
    const c = callerAs(db, both);
    expect(
      await refusalReason(
        c.appointments.createTemplate({
          window: "综合窗口",
          weekdays: [2],
          startTime: "15:00",
          endTime: "16:00",
          capacity: 1,
        }),
      ),
    ).toBe("BAD_INPUT");
    const chosen = await c.appointments.createTemplate({
      window: "综合窗口",
      weekdays: [2],
      startTime: "15:00",
      endTime: "16:00",
      capacity: 1,
      deskType: "exit_entry",
    });
    expect(
      (await db.select().from(appointmentTemplates).where(eq(appointmentTemplates.id, chosen.id)))[0]!.deskType,
    ).toBe("exit_entry");
  });
});

describe("SMS confirmations", () => {
  const smsOf = (appointmentId: string) =>
    db
      .select()
      .from(smsMessages)
      .where(like(smsMessages.idempotencyKey, `appointment-%:${appointmentId}:%`))
      .orderBy(smsMessages.createdAt);

  it("texts the booking, each move and the cancellation once, naming the slot", async () => {
    const [u] = await citizens(1);
    const booked = await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR001",
      templateId: template.id,
      startsAt: at("2026-12-11", "09:00"),
      now: monday8,
    });
    await rescheduleAppointment(db, {
      userId: u!.id,
      appointmentId: booked.id,
      templateId: template.id,
      startsAt: at("2026-12-11", "10:00"),
      now: monday8,
    });
    await rescheduleAppointment(db, {
      userId: u!.id,
      appointmentId: booked.id,
      templateId: template.id,
      startsAt: at("2026-12-11", "09:00"),
      now: monday8,
    });
    await cancelAppointment(db, { userId: u!.id, appointmentId: booked.id, now: monday8 });
    expect(await refusalReason(cancelAppointment(db, { userId: u!.id, appointmentId: booked.id, now: monday8 }))).toBe(
      "APPOINTMENT_LOCKED",
    );

    const sms = await smsOf(booked.id);
    expect(sms.map((m) => m.template)).toEqual([
      "appointment_booked",
      "appointment_rescheduled",
      "appointment_rescheduled",
      "appointment_cancelled",
    ]);
    expect(sms.every((m) => m.phoneHash === sms[0]!.phoneHash)).toBe(true);
    expect(sms[0]!.body).toContain("您已预约2026年12月11日09:00到花园路派出所3号窗口办理普通护照首次申请预约");
    expect(sms[1]!.body).toContain("已改到2026年12月11日10:00");
    expect(sms[2]!.body).toContain("已改到2026年12月11日09:00");
    expect(sms[3]!.body).toContain("您已取消2026年12月11日09:00到花园路派出所3号窗口办理普通护照首次申请预约的预约");
  });

  it("texts nothing when the booking or the move is refused", async () => {
    const [u] = await citizens(1);
    const booked = await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR002",
      templateId: template.id,
      startsAt: at("2026-12-14", "09:00"),
      now: monday8,
    });
    expect(
      await refusalReason(
        bookAppointment(db, {
          userId: u!.id,
          serviceCode: "CR002",
          templateId: template.id,
          startsAt: at("2026-12-14", "10:00"),
          now: monday8,
        }),
      ),
    ).toBe("APPOINTMENT_EXISTS");
    expect(
      await refusalReason(
        rescheduleAppointment(db, {
          userId: u!.id,
          appointmentId: booked.id,
          templateId: template.id,
          startsAt: at("2026-12-12", "09:00"),
          now: monday8,
        }),
      ),
    ).toBe("SLOT_UNAVAILABLE");
    expect((await smsOf(booked.id)).map((m) => m.template)).toEqual(["appointment_booked"]);
  });
});

describe("usage", () => {
  it("counts a booking as one use of the service, which the citizen's home then shows", async () => {
    const [u] = await citizens(1);
    await bookAppointment(db, {
      userId: u!.id,
      serviceCode: "CR030",
      templateId: template.id,
      startsAt: at("2026-12-15", "09:00"),
      now: monday8,
    });
    const [usage] = await db.select().from(userServiceUsage).where(eq(userServiceUsage.userId, u!.id));
    expect(usage).toMatchObject({ views: 0, starts: 0, submits: 1 });
    const home = await buildHome(db, { userId: u!.id, now: monday8 });
    expect(home.audience === "citizen" && home.recommendations.map((r) => [r.service.code, r.reason.code])).toEqual([
      ["CR030", "recentlyUsed"],
    ]);
  });
});
