import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import type { HandlerRule } from "@/server/applications/engine-config";
import { DomainError } from "@/server/errors";

export type RouteUnit = { id: number; code: string; name: string; nameEn: string | null };

export type RoutePreview = {
  station: RouteUnit;
  /** The unit that would handle a case from this station, or null when the org tree has none. */
  handler: RouteUnit | null;
  /** The unit above the handler, whose approvers work a second review step. */
  above: RouteUnit | null;
};

const unitColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  nameEn: orgUnits.nameEn,
  parentId: orgUnits.parentId,
};

/**
 * Which unit a handler rule picks for a case routed to this station, as the engine will: a station rule
 * keeps the station, a county rule takes its county bureau, a desk rule the desk of that type under the
 * station's city. Admins read it before saving a configuration, so a city without the desk shows up here
 * rather than as applications nobody can see.
 */
export async function previewRoute(db: Db, p: { handler: HandlerRule; stationId: number }): Promise<RoutePreview> {
  const byId = async (id: number | null) => {
    if (id === null) return undefined;
    const [row] = await db.select(unitColumns).from(orgUnits).where(eq(orgUnits.id, id));
    return row;
  };
  const [station] = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.id, p.stationId), eq(orgUnits.level, "station")));
  if (!station) throw new DomainError("NOT_FOUND");
  const county = await byId(station.parentId);

  let handler: typeof station | undefined;
  const { unitType } = p.handler;
  if (unitType === "station") handler = station;
  else if (unitType === "county_bureau") handler = county;
  else {
    const cityId = county?.parentId ?? null;
    [handler] =
      cityId === null
        ? []
        : await db
            .select(unitColumns)
            .from(orgUnits)
            .where(and(eq(orgUnits.parentId, cityId), eq(orgUnits.level, "desk"), eq(orgUnits.unitType, unitType)))
            .limit(1);
  }
  const above = handler ? await byId(handler.parentId) : undefined;
  const shown = (u: typeof station | undefined): RouteUnit | null =>
    u ? { id: u.id, code: u.code, name: u.name, nameEn: u.nameEn } : null;
  return { station: shown(station)!, handler: shown(handler), above: shown(above) };
}
