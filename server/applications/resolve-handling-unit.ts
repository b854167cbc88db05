import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { columnUnder } from "@/server/orgs/scope";
import type { HandlerRule } from "./engine-config";

/** PLACEHOLDER until the orgs branch merges (same signature). */
export async function resolveHandlingUnit(
  db: Db | Tx,
  p: { placeStationId: number; handler: HandlerRule },
): Promise<{ id: number; path: string; name: string }> {
  const [station] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(eq(orgUnits.id, p.placeStationId));
  if (!station) throw new DomainError("NOT_FOUND");
  if (p.handler.unitType === "station") return station;
  if (p.handler.unitType === "county_bureau") {
    const [county] = await db
      .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
      .from(orgUnits)
      .where(eq(orgUnits.id, station.parentId ?? -1));
    if (!county) throw new DomainError("NOT_FOUND");
    return county;
  }
  const cityPath = station.path.split("/").slice(0, 3).join("/") + "/";
  const [desk] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.unitType, p.handler.unitType), columnUnder(orgUnits.path, cityPath)));
  if (!desk) throw new DomainError("NOT_FOUND");
  return desk;
}
