import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceCategories, services } from "@/db/schema";

export type ServiceCategoryItem = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  sortOrder: number;
  /** Enabled services only: what a citizen can find in it. */
  enabledCount: number;
  totalCount: number;
};

/** The categories in display order, with how many services each holds. */
export async function listServiceCategories(db: Db): Promise<ServiceCategoryItem[]> {
  const rows = await db
    .select({
      id: serviceCategories.id,
      code: serviceCategories.code,
      name: serviceCategories.name,
      nameEn: serviceCategories.nameEn,
      sortOrder: serviceCategories.sortOrder,
      enabledCount: sql<number>`count(${services.id}) filter (where ${services.enabled})`,
      totalCount: sql<number>`count(${services.id})`,
    })
    .from(serviceCategories)
    .leftJoin(services, eq(services.categoryId, serviceCategories.id))
    .groupBy(serviceCategories.id)
    .orderBy(asc(serviceCategories.sortOrder), asc(serviceCategories.id));
  return rows.map((r) => ({ ...r, enabledCount: Number(r.enabledCount), totalCount: Number(r.totalCount) }));
}
