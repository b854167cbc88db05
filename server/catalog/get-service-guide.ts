import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type ServiceGuide, serviceCategories, services } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { ServiceKind } from "./search-services";

export type ServiceGuideView = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: ServiceKind;
  mode: (typeof services.$inferSelect)["mode"];
  summary: string;
  synonyms: string[];
  maintenance: boolean;
  /** The service can be applied for online: it has an application form. */
  onlineForm: boolean;
  guide: ServiceGuide;
  category: { code: string; name: string; nameEn: string };
  updatedAt: Date;
};

/**
 * One service's guide as citizens and guests see it. A disabled service does not exist for them. Reading it
 * records nothing: pages that show a guide report the citizen's view separately (`recordGuideOpened`).
 */
export async function getServiceGuide(db: Db, p: { code: string }): Promise<ServiceGuideView> {
  const [row] = await db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
      kind: services.kind,
      mode: services.mode,
      summary: services.summary,
      synonyms: services.synonyms,
      maintenance: services.maintenance,
      guide: services.guide,
      onlineForm: sql<boolean>`${services.formSchema} is not null`,
      updatedAt: services.updatedAt,
      categoryCode: serviceCategories.code,
      categoryName: serviceCategories.name,
      categoryNameEn: serviceCategories.nameEn,
    })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .where(and(eq(services.code, p.code), eq(services.enabled, true)));
  if (!row) throw new DomainError("NOT_FOUND");
  const { categoryCode, categoryName, categoryNameEn, ...service } = row;
  return { ...service, category: { code: categoryCode, name: categoryName, nameEn: categoryNameEn } };
}
