import "server-only";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointmentClosures, appointmentSlots, appointmentTemplates, orgUnits } from "@/db/schema";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { DomainError } from "@/server/errors";
import { bookableDays, slotStart, slotStartTimes, weekdayOf } from "./appointment-rules";
import { loadApplicationVisit } from "./application-visit";
import { loadBookableService } from "./desk-type";

export type AvailableSlot = { templateId: string; window: string; startsAt: Date; time: string; remaining: number };
export type AvailableDay = { day: string; closed: boolean; slots: AvailableSlot[] };

/**
 * Units taking appointments for a service: those with an active window of the service's handling unit type;
 * for the window visit of a pre-reviewed application, only the unit that handles it.
 */
export async function listBookableUnits(db: Db, p: { serviceCode: string; userId: string; applicationId?: string }) {
  const service = await loadBookableService(db, p);
  if (!service.deskType) return [];
  const visit = p.applicationId
    ? await loadApplicationVisit(db, { userId: p.userId, applicationId: p.applicationId, serviceCode: p.serviceCode })
    : null;
  return db
    .selectDistinct({
      id: orgUnits.id,
      name: orgUnits.name,
      nameEn: orgUnits.nameEn,
      address: orgUnits.address,
      path: orgUnits.path,
    })
    .from(orgUnits)
    .innerJoin(
      appointmentTemplates,
      and(
        eq(appointmentTemplates.orgUnitId, orgUnits.id),
        eq(appointmentTemplates.active, true),
        eq(appointmentTemplates.deskType, service.deskType),
      ),
    )
    .where(visit ? eq(orgUnits.id, visit.unitId) : undefined)
    .orderBy(asc(orgUnits.path));
}

/**
 * A unit's slots for a service over the next 14 working days with the places left in each: slots of the
 * unit's windows of the service's handling unit type, still ahead, on days the unit is open. A slot nobody
 * booked yet has no counter row and the template's full capacity.
 */
export async function listAvailableSlots(
  db: Db,
  p: { orgUnitId: number; serviceCode: string; now?: Date },
): Promise<AvailableDay[]> {
  const now = p.now ?? new Date();
  const [service, [unit]] = await Promise.all([
    loadBookableService(db, { serviceCode: p.serviceCode }),
    db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, p.orgUnitId)),
  ]);
  if (!unit) throw new DomainError("NOT_FOUND");
  const deskType = service.deskType;
  const days = bookableDays(now);
  const from = chinaDayBounds(days[0] as string).start;
  const to = chinaDayBounds(days.at(-1) as string).end;
  const [templates, closures] = await Promise.all([
    db
      .select()
      .from(appointmentTemplates)
      .where(
        and(
          eq(appointmentTemplates.orgUnitId, unit.id),
          eq(appointmentTemplates.active, true),
          deskType ? eq(appointmentTemplates.deskType, deskType) : sql`false`,
        ),
      )
      .orderBy(asc(appointmentTemplates.window)),
    db
      .select({ day: appointmentClosures.day })
      .from(appointmentClosures)
      .where(and(eq(appointmentClosures.orgUnitId, unit.id), inArray(appointmentClosures.day, days))),
  ]);
  const counters = templates.length
    ? await db
        .select()
        .from(appointmentSlots)
        .where(
          and(
            inArray(
              appointmentSlots.templateId,
              templates.map((t) => t.id),
            ),
            gte(appointmentSlots.startsAt, from),
            lt(appointmentSlots.startsAt, to),
          ),
        )
    : [];
  const booked = new Map(counters.map((c) => [`${c.templateId}@${c.startsAt.toISOString()}`, c.booked]));
  const closed = new Set(closures.map((c) => c.day));

  return days.map((day) => {
    if (closed.has(day)) return { day, closed: true, slots: [] };
    const slots: AvailableSlot[] = [];
    for (const template of templates) {
      if (!template.weekdays.includes(weekdayOf(day))) continue;
      for (const time of slotStartTimes(template)) {
        const startsAt = slotStart(day, time);
        if (startsAt <= now) continue;
        const taken = booked.get(`${template.id}@${startsAt.toISOString()}`) ?? 0;
        slots.push({
          templateId: template.id,
          window: template.window,
          startsAt,
          time,
          remaining: Math.max(0, template.capacity - taken),
        });
      }
    }
    slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.window.localeCompare(b.window));
    return { day, closed: false, slots };
  });
}
