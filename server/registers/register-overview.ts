import "server-only";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Role, orgUnits } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import { type KeepingUnit, listKeepingUnits } from "./keeping-units";
import type { RegisterKey } from "./register-keys";
import { registerList } from "./registers";

export type RegisterSummary = {
  key: RegisterKey;
  /** Records kept inside the jurisdiction. */
  count: number;
  /** Where a new record may be kept, the officer's own unit first when it is one. */
  keepers: KeepingUnit[];
  creates: boolean;
  queries: readonly string[];
};

/**
 * The registers an officer maintains — those their roles name whose keeping units lie in their subtree (a
 * station officer keeps no internet filings) — each with how many records the subtree keeps.
 */
export async function registerOverview(
  db: Db,
  p: { scope: Jurisdiction; roles: readonly Role[] },
): Promise<RegisterSummary[]> {
  const mine = registerList.filter((def) => p.roles.some((r) => (def.roles as readonly Role[]).includes(r)));
  const summaries = await Promise.all(
    mine.map(async (def): Promise<RegisterSummary | null> => {
      const keepers = await listKeepingUnits(db, { scope: p.scope, def });
      if (!keepers.length) return null;
      const [kept] = await db
        .select({ n: count() })
        .from(def.table)
        .innerJoin(orgUnits, eq(orgUnits.id, def.unit))
        .where(withinScope(p.scope, orgUnits.path));
      const own = keepers.filter((k) => k.id === p.scope.unitId);
      return {
        key: def.key,
        count: kept?.n ?? 0,
        keepers: [...own, ...keepers.filter((k) => k.id !== p.scope.unitId)],
        creates: def.creates,
        queries: def.queries,
      };
    }),
  );
  return summaries.filter((s): s is RegisterSummary => s !== null);
}
