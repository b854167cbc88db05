import "server-only";
import { and, desc, eq, gte, ilike, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { lostFoundItems, orgUnits } from "@/db/schema";
import type { LostFoundCategory } from "@/db/schema/lost-found-vocabulary";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";

export const publicSearchLimit = 30;

export type PublicFoundItem = {
  itemNumber: string;
  category: LostFoundCategory;
  description: string;
  foundPlace: string;
  foundOn: string;
  /** Where to claim it: the keeping unit, its address and phone. */
  keeper: { name: string; address: string | null; phone: string | null };
  /** The day it goes to the state if nobody claims it (民法典第三百一十八条). */
  claimBy: string;
};

export type FoundItemSearch = {
  category?: LostFoundCategory;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Words of the place or the description: 花园路, 公交, 钱包. */
  keyword?: string;
  now?: Date;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The public 失物招领 search: items still held, found within the last year, by category, day and words of
 * place or description. Only what a finder could see is shown — never the marks that prove ownership,
 * never who claimed what.
 */
export async function searchFoundItems(db: Db, q: FoundItemSearch): Promise<PublicFoundItem[]> {
  const today = chinaToday(q.now);
  const where: SQL[] = [eq(lostFoundItems.status, "held"), gte(lostFoundItems.foundOn, addDays(today, -365))];
  if (q.category) where.push(eq(lostFoundItems.category, q.category));
  if (q.from) where.push(gte(lostFoundItems.foundOn, q.from));
  if (q.to) where.push(lte(lostFoundItems.foundOn, q.to));
  for (const word of (q.keyword ?? "").split(/\s+/).filter(Boolean).slice(0, 3)) {
    const pattern = `%${escapeLike(word)}%`;
    const either = or(
      ilike(lostFoundItems.foundPlace, pattern),
      ilike(lostFoundItems.description, pattern),
      ilike(orgUnits.name, pattern),
    );
    if (either) where.push(either);
  }
  const rows = await db
    .select({
      itemNumber: lostFoundItems.itemNumber,
      category: lostFoundItems.category,
      description: lostFoundItems.description,
      foundPlace: lostFoundItems.foundPlace,
      foundOn: lostFoundItems.foundOn,
      unitName: orgUnits.name,
      address: orgUnits.address,
      phone: orgUnits.phone,
    })
    .from(lostFoundItems)
    .innerJoin(orgUnits, eq(orgUnits.id, lostFoundItems.orgUnitId))
    .where(and(...where))
    .orderBy(desc(lostFoundItems.foundOn), desc(lostFoundItems.itemNumber))
    .limit(publicSearchLimit);
  return rows.map((r) => ({
    itemNumber: r.itemNumber,
    category: r.category,
    description: r.description,
    foundPlace: r.foundPlace,
    foundOn: r.foundOn,
    keeper: { name: r.unitName, address: r.address, phone: r.phone },
    claimBy: addDays(r.foundOn, 365),
  }));
}
