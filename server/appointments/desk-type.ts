import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type AppointmentDeskType, serviceCategories, services } from "@/db/schema";
import { DomainError } from "@/server/errors";

/**
 * The handling unit type of an appointment service follows its catalogue category: household services are
 * received at household windows, exit-entry services at exit-entry halls, traffic at the 车管所 and general
 * ones at a bureau's acceptance window. Categories without a desk on the platform yet (custody…) have no
 * bookable place rather than someone else's window.
 */
const deskTypeOfCategory: Partial<Record<string, AppointmentDeskType>> = {
  household: "household",
  exit_entry: "exit_entry",
  traffic: "vehicle_admin",
  general: "service_hall",
};

/**
 * The desk each desk role staffs. The 车管所 and general acceptance windows have no role of their own yet:
 * their opening hours are seeded, not edited on the dashboard.
 */
export const deskTypeOfRole = {
  window_officer: "household",
  exit_entry_officer: "exit_entry",
} as const satisfies Record<string, AppointmentDeskType>;

/** The desk types an officer staffs, from their roles. */
export function deskTypesOf(roles: readonly string[]): AppointmentDeskType[] {
  return [
    ...new Set(
      roles.flatMap((r) => (Object.hasOwn(deskTypeOfRole, r) ? deskTypeOfRole[r as keyof typeof deskTypeOfRole] : [])),
    ),
  ];
}

export type BookableService = { id: number; name: string; deskType: AppointmentDeskType | null };

/** An enabled appointment-kind service and the desk type that receives it; anything else is not bookable. */
export async function loadBookableService(
  db: Db,
  p: { serviceCode: string } | { serviceId: number },
): Promise<BookableService> {
  const [row] = await db
    .select({
      id: services.id,
      name: services.name,
      kind: services.kind,
      enabled: services.enabled,
      category: serviceCategories.code,
    })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .where("serviceCode" in p ? eq(services.code, p.serviceCode) : eq(services.id, p.serviceId));
  if (!row || row.kind !== "appointment" || !row.enabled) throw new DomainError("NOT_FOUND");
  return { id: row.id, name: row.name, deskType: deskTypeOfCategory[row.category] ?? null };
}
