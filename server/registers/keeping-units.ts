import "server-only";
import { and, asc, eq, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import type { KeeperKind, RegisterDefinition } from "./register-definition";

export type KeepingUnit = { id: number; name: string; nameEn: string | null };

function keeperCondition(keepers: readonly KeeperKind[]): SQL | undefined {
  return or(
    ...keepers.map((k) =>
      k === "station"
        ? eq(orgUnits.unitType, "station")
        : k === "county" || k === "city"
          ? and(eq(orgUnits.level, k), eq(orgUnits.unitType, "bureau"))
          : eq(orgUnits.unitType, k),
    ),
  );
}

/**
 * The units inside the jurisdiction that may keep the register's records, the officer's own unit first:
 * what the desk offers as the keeping unit of a new record. None means the officer keeps none of them.
 */
export async function listKeepingUnits(
  db: Db,
  p: { scope: Jurisdiction; def: RegisterDefinition },
): Promise<KeepingUnit[]> {
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name, nameEn: orgUnits.nameEn })
    .from(orgUnits)
    .where(and(withinScope(p.scope, orgUnits.path), keeperCondition(p.def.keepers)))
    .orderBy(asc(orgUnits.path));
  return rows;
}

/**
 * The keeping unit of a new record: the one the officer chose, else their own. Outside the jurisdiction is
 * OUT_OF_JURISDICTION; a unit that does not keep this register (a station for internet filings) is bad input.
 */
export async function loadKeepingUnit(
  db: Db,
  p: { scope: Jurisdiction; def: RegisterDefinition; unitId: number | undefined },
): Promise<number> {
  const unitId = p.unitId ?? p.scope.unitId;
  const [unit] = await db
    .select({ id: orgUnits.id, keeps: sql<boolean>`coalesce(${keeperCondition(p.def.keepers)}, false)` })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), withinScope(p.scope, orgUnits.path)));
  if (!unit) throw new DomainError("OUT_OF_JURISDICTION");
  if (!unit.keeps) throw new DomainError("BAD_INPUT", {}, { orgUnitId: "registers.keeperInvalid" });
  return unit.id;
}
