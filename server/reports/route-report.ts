import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import type { HandlerRule } from "@/server/applications/engine-config";
import { DomainError } from "@/server/errors";
import { columnUnder } from "@/server/orgs/scope";

export type HandlingUnit = { id: number; path: string; name: string };

/** "/410000/410100/410105/41010501/" → "/410000/410100/": the city bureau's path above a station. */
export function cityPathOf(stationPath: string): string {
  const codes = stationPath.split("/").filter(Boolean);
  if (codes.length < 2) throw new Error(`no city above ${stationPath}`);
  return `/${codes.slice(0, 2).join("/")}/`;
}

/**
 * The unit that handles a report about the place of this station: the station itself, its county bureau,
 * or the city's desk of the handler's type. The engine's shared resolver takes this over at merge; until
 * then this one reads org_units the same way.
 */
export async function routeReport(
  db: Db,
  p: { placeStationId: number; unitType: HandlerRule["unitType"] },
): Promise<HandlingUnit> {
  const [station] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, p.placeStationId), eq(orgUnits.level, "station")));
  if (!station) throw new DomainError("BAD_INPUT", {}, { place: "form.station" });
  if (p.unitType === "station") return { id: station.id, path: station.path, name: station.name };

  if (p.unitType === "county_bureau") {
    const [county] = await db
      .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
      .from(orgUnits)
      .where(eq(orgUnits.id, station.parentId ?? -1));
    if (!county) throw new Error(`station ${station.id} has no county bureau`);
    return county;
  }

  const [desk] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.level, "desk"),
        eq(orgUnits.unitType, p.unitType),
        columnUnder(orgUnits.path, cityPathOf(station.path)),
      ),
    )
    .limit(1);
  // Every city has every desk (the seed and the org admin keep it so); a city without one cannot take reports.
  if (!desk) throw new DomainError("SERVICE_UNAVAILABLE");
  return desk;
}
