import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { columnUnder } from "@/server/orgs/scope";
import type { HandlerRule } from "./engine-config";

export type HandlingUnit = { id: number; path: string; name: string };

/**
 * The unit that handles an application, from the station serving its place (the applicant's household, a
 * chosen premises…) and the service's handler rule: the station itself, the county bureau above it, or the
 * desk of that type under the station's city bureau. A tree without that unit is refused, never guessed.
 */
export async function resolveHandlingUnit(
  db: Db | Tx,
  p: { placeStationId: number; handler: HandlerRule },
): Promise<HandlingUnit> {
  const missing = () => new DomainError("HANDLING_UNIT_MISSING", { unit: p.handler.unitType });
  const [station] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, p.placeStationId), eq(orgUnits.level, "station")));
  if (!station) throw missing();

  const unitType = p.handler.unitType;
  if (unitType === "station") return { id: station.id, path: station.path, name: station.name };

  if (unitType === "county_bureau") {
    if (station.parentId == null) throw missing();
    const [county] = await db
      .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, station.parentId), eq(orgUnits.level, "county")));
    if (!county) throw missing();
    return county;
  }

  // "/<province>/<city>/…": the city bureau's subtree holds its desks.
  const [, province, city] = station.path.split("/");
  if (!province || !city) throw missing();
  const [desk] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(
      and(
        columnUnder(orgUnits.path, `/${province}/${city}/`),
        eq(orgUnits.level, "desk"),
        eq(orgUnits.unitType, unitType),
      ),
    )
    .orderBy(asc(orgUnits.code))
    .limit(1);
  if (!desk) throw missing();
  return desk;
}
