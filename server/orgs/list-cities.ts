import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { placeName, placeNameEn } from "./place-name";

/**
 * The province's cities (地市) in code order, named as places ("郑州市", not its bureau "郑州市公安局"):
 * for rules that target citizens by the city they live in.
 */
export async function listCities(db: Db): Promise<{ code: string; name: string; nameEn: string | null }[]> {
  const rows = await db
    .select({ code: orgUnits.code, name: orgUnits.name, nameEn: orgUnits.nameEn })
    .from(orgUnits)
    .where(eq(orgUnits.level, "city"))
    .orderBy(asc(orgUnits.code));
  return rows.map((r) => ({ code: r.code, name: placeName(r.name), nameEn: r.nameEn && placeNameEn(r.nameEn) }));
}
