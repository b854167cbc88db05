import "server-only";
import { and, eq, like, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "./jurisdiction";

/**
 * The one subtree test. An org unit's materialised path lists its ancestors, so a unit (or a row stamped
 * with a unit's path) lies in a subtree exactly when its path starts with the subtree root's path. Every
 * jurisdiction check is made of these; the lint rule jurisdiction/no-inline-scope-check refuses copies.
 */
export function pathUnder(rootPath: string, path: string | null | undefined): boolean {
  return !!path && path.startsWith(rootPath);
}

/** The LIKE pattern of a subtree, for raw SQL templates. */
export function subtreePattern(rootPath: string): string {
  return `${rootPath}%`;
}

/** SQL condition: the path in `column` lies in the subtree rooted at `rootPath`. */
export function columnUnder(column: AnyPgColumn, rootPath: string): SQL {
  return like(column, subtreePattern(rootPath));
}

/** SQL condition: the org path in `column` lies inside the jurisdiction. List queries take it as a required argument. */
export function withinScope(scope: Jurisdiction, column: AnyPgColumn): SQL {
  return columnUnder(column, scope.path);
}

/** The path lies inside the jurisdiction (a row with no path — a draft — lies nowhere). */
export function inScope(scope: Jurisdiction, path: string | null | undefined): boolean {
  return pathUnder(scope.path, path);
}

/** Throws OUT_OF_JURISDICTION unless the unit is in the officer's subtree. */
export async function assertUnitInScope(db: Db, scope: Jurisdiction, unitId: number) {
  const [row] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), withinScope(scope, orgUnits.path)));
  if (!row) throw new DomainError("OUT_OF_JURISDICTION");
}
