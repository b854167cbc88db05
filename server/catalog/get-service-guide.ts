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
  /**
   * How the service is acted on online by the engine: an application (form, decision, outcome), a report
   * to a desk, and for whom — a person or a company; null where its configuration is not complete.
   */
  handling: { kind: "application" | "report"; applicant: "person" | "organisation" } | null;
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
      handlingKind: sql<"application" | "report" | null>`case
        when ${services.formSchema} is null or ${services.engine} is null then null
        when ${services.engine}->'outcome'->>'kind' = 'record' then 'report'
        else 'application' end`,
      applicantKind: sql<"person" | "organisation" | null>`${services.engine}->>'applicant'`,
      updatedAt: services.updatedAt,
      categoryCode: serviceCategories.code,
      categoryName: serviceCategories.name,
      categoryNameEn: serviceCategories.nameEn,
    })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .where(and(eq(services.code, p.code), eq(services.enabled, true)));
  if (!row) throw new DomainError("NOT_FOUND");
  const { categoryCode, categoryName, categoryNameEn, handlingKind, applicantKind, ...service } = row;
  return {
    ...service,
    handling: handlingKind ? { kind: handlingKind, applicant: applicantKind ?? "person" } : null,
    category: { code: categoryCode, name: categoryName, nameEn: categoryNameEn },
  };
}
