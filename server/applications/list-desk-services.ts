import "server-only";
import { asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceCategories, services } from "@/db/schema";

/** The services with an online form, for the desk's service filter: household ones first, by code. */
export async function listDeskServices(db: Db): Promise<{ code: string; name: string; nameEn: string }[]> {
  return db
    .select({ code: services.code, name: services.name, nameEn: services.nameEn })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .where(isNotNull(services.formSchema))
    .orderBy(asc(serviceCategories.sortOrder), asc(services.code));
}
