import "server-only";
import { inArray } from "drizzle-orm";
import { appointmentTemplates, orgUnits } from "@/db/schema";
import type { DomainSeeder } from "./domain-seeders";

/**
 * Demo opening hours for booking: the 花园路 station's household window and the 金水区 exit-entry hall,
 * mornings and afternoons on working days, so the booking pages have slots after `npm run demo`.
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
    await tx.insert(appointmentTemplates).values(
      templates.map((t) => {
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
    );
  },
};
