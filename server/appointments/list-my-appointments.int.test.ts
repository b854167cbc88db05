import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { appointmentSlots, appointmentTemplates, appointments, orgUnits, services } from "@/db/schema";
import { insertTestUser } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { slotStart } from "./appointment-rules";
import { listMyAppointments } from "./list-my-appointments";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

/** Wednesday 2 December 2026, 10:00 China time. */
const now = slotStart("2026-12-02", "10:00");

describe("listMyAppointments", () => {
  it("lists the bookings still ahead first (soonest first), then past ones (latest first), then cancelled ones", async () => {
    const user = await insertTestUser(db, { roles: ["citizen"], phone: "13700009901", password: "Demo@2026x" });
    const [station] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "41010501"));
    const [template] = await db
      .insert(appointmentTemplates)
      .values({
        orgUnitId: station!.id,
        window: "9号窗口",
        deskType: "household",
        weekdays: [1, 2, 3, 4, 5],
        startTime: "08:00",
        endTime: "17:00",
        capacity: 5,
      })
      .returning({ id: appointmentTemplates.id });
    // One active booking per person and service: each booking here is for a service of its own.
    const serviceIds = (
      await db
        .select({ id: services.id })
        .from(services)
        .where(inArray(services.code, ["CR001", "CR002", "CR003", "HZ001", "HZ002", "HZ003", "HZ004"]))
    ).map((s) => s.id);
    const bookings: [
      name: string,
      day: string,
      time: string,
      status: "booked" | "cancelled" | "attended" | "no_show",
    ][] = [
      ["later", "2026-12-04", "09:00", "booked"],
      ["cancelledAhead", "2026-12-03", "09:00", "cancelled"],
      ["soonest", "2026-12-02", "14:00", "booked"],
      ["attended", "2026-11-30", "09:00", "attended"],
      ["noShow", "2026-12-01", "09:00", "no_show"],
      ["cancelledPast", "2026-11-20", "09:00", "cancelled"],
      ["pastUnmarked", "2026-12-02", "08:00", "booked"],
    ];
    const idOf = new Map<string, string>();
    for (const [i, [name, day, time, status]] of bookings.entries()) {
      const startsAt = slotStart(day, time);
      const [slot] = await db
        .insert(appointmentSlots)
        .values({ templateId: template!.id, orgUnitId: station!.id, startsAt, capacity: 5, booked: 1 })
        .returning({ id: appointmentSlots.id });
      const [row] = await db
        .insert(appointments)
        .values({ userId: user.id, serviceId: serviceIds[i]!, slotId: slot!.id, startsAt, status })
        .returning({ id: appointments.id });
      idOf.set(row!.id, name);
    }

    const mine = await listMyAppointments(db, { userId: user.id, now });
    expect(mine.map((a) => idOf.get(a.id))).toEqual([
      "soonest",
      "later",
      "pastUnmarked",
      "noShow",
      "attended",
      "cancelledAhead",
      "cancelledPast",
    ]);
    expect(mine.map((a) => a.changeable)).toEqual([true, true, false, false, false, false, false]);
  });
});
