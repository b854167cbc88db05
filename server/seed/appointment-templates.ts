import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { columnUnder } from "@/server/orgs/scope";
import { appointmentTemplates, orgUnits } from "@/db/schema";
import type { DomainSeeder } from "./domain-seeders";

/**
 * Demo opening hours for booking: the 花园路 station's household window and the 金水区 exit-entry hall,
 * mornings and afternoons on working days, so the booking pages have slots after `npm run demo`; and every
 * Zhengzhou desk's window (below), where pre-reviewed window-only services are completed.
 */
const templates = [
  {
    unitCode: "41010501",
    window: "户籍1号窗口",
    deskType: "household",
    startTime: "09:00",
    endTime: "12:00",
    capacity: 4,
  },
  {
    unitCode: "41010501",
    window: "户籍1号窗口",
    deskType: "household",
    startTime: "14:00",
    endTime: "17:00",
    capacity: 4,
  },
  {
    unitCode: "410105",
    window: "出入境2号窗口",
    deskType: "exit_entry",
    startTime: "09:00",
    endTime: "12:00",
    capacity: 6,
  },
  {
    unitCode: "410105",
    window: "出入境2号窗口",
    deskType: "exit_entry",
    startTime: "13:30",
    endTime: "17:30",
    capacity: 6,
  },
] as const;

export const appointmentTemplatesSeeder: DomainSeeder = {
  name: "appointment templates",
  isSeeded: async (db) =>
    (await db.select({ id: appointmentTemplates.id }).from(appointmentTemplates).limit(1)).length > 0,
  seed: async (tx) => {
    const units = await tx
      .select({ id: orgUnits.id, code: orgUnits.code })
      .from(orgUnits)
      .where(inArray(orgUnits.code, [...new Set(templates.map((t) => t.unitCode))]));
    const idOf = new Map(units.map((u) => [u.code, u.id]));
    // Each Zhengzhou desk takes window visits at its own window: the 车管所 and exit-entry desks at theirs,
    // the others at a general acceptance window.
    const desks = await tx
      .select({ id: orgUnits.id, unitType: orgUnits.unitType })
      .from(orgUnits)
      .where(and(eq(orgUnits.level, "desk"), columnUnder(orgUnits.path, "/410000/410100/")));
    const deskTemplates = desks.flatMap((d) => {
      const deskType =
        d.unitType === "vehicle_admin" || d.unitType === "exit_entry" ? d.unitType : ("service_hall" as const);
      const window = { vehicle_admin: "车管所1号窗口", exit_entry: "出入境1号窗口", service_hall: "综合受理窗口" }[
        deskType
      ];
      return [
        { startTime: "09:00", endTime: "12:00" },
        { startTime: "13:30", endTime: "17:30" },
      ].map((hours) => ({
        orgUnitId: d.id,
        window,
        deskType,
        weekdays: [1, 2, 3, 4, 5],
        ...hours,
        capacity: 4,
      }));
    });
    await tx.insert(appointmentTemplates).values([
      ...deskTemplates,
      ...templates.map((t) => {
        const orgUnitId = idOf.get(t.unitCode);
        if (!orgUnitId) throw new Error(`appointment templates: unit ${t.unitCode} is not seeded`);
        return {
          orgUnitId,
          window: t.window,
          deskType: t.deskType,
          weekdays: [1, 2, 3, 4, 5],
          startTime: t.startTime,
          endTime: t.endTime,
          capacity: t.capacity,
        };
      }),
    ]);
  },
};
