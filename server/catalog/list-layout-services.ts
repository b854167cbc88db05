import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceCategories, services } from "@/db/schema";

export type LayoutPickerService = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  enabled: boolean;
  category: string;
  categoryEn: string;
  /** Pinyin keys, so the picker finds 出生登记 by "csdj" or "chusheng". */
  pinyin: string;
  pinyinInitials: string;
};

/** The whole catalogue, small enough (a few hundred rows) for the layout editor to search in the browser. */
export async function listLayoutServices(db: Db): Promise<LayoutPickerService[]> {
  return db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
      enabled: services.enabled,
      category: serviceCategories.name,
      categoryEn: serviceCategories.nameEn,
      pinyin: services.pinyin,
      pinyinInitials: services.pinyinInitials,
    })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .orderBy(asc(serviceCategories.sortOrder), asc(services.sortOrder), asc(services.id));
}
