import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";

/** The province's cities (地市), in code order, e.g. for rules that target citizens by city. */
export async function listCities(db: Db): Promise<{ code: string; name: string; nameEn: string | null }[]> {
  return db
    .select({ code: orgUnits.code, name: orgUnits.name, nameEn: orgUnits.nameEn })
    .from(orgUnits)
    .where(eq(orgUnits.level, "city"))
    .orderBy(asc(orgUnits.code));
}
