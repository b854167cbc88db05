import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type ServiceGuide, serviceCategories, services } from "@/db/schema";
import { DomainError } from "@/server/errors";
import type { ServiceKind } from "./search-services";

export type ServiceForEdit = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: ServiceKind;
  mode: (typeof services.$inferSelect)["mode"];
  summary: string;
  synonyms: string[];
  enabled: boolean;
  maintenance: boolean;
  guide: ServiceGuide;
  /** The online form and handling configuration as stored, checked again when saved. */
  formSchema: Record<string, unknown> | null;
  engine: Record<string, unknown> | null;
  /** How a 查询 service answers, as stored (server/queries/query-config.ts). */
  query: Record<string, unknown> | null;
  /** Who publishes on a 公示 board, as stored (server/notices/notice-config.ts). */
  notice: Record<string, unknown> | null;
  version: number;
  updatedAt: Date;
  category: { code: string; name: string; nameEn: string };
};

/** A service in any state, with the version an edit must name to be saved. */
export async function getServiceForEdit(db: Db, p: { code: string }): Promise<ServiceForEdit> {
  const [row] = await db
    .select({
      service: services,
      categoryCode: serviceCategories.code,
      categoryName: serviceCategories.name,
      categoryNameEn: serviceCategories.nameEn,
    })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .where(eq(services.code, p.code));
  if (!row) throw new DomainError("NOT_FOUND");
  const s = row.service;
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    nameEn: s.nameEn,
    kind: s.kind,
    mode: s.mode,
    summary: s.summary,
    synonyms: s.synonyms,
    enabled: s.enabled,
    maintenance: s.maintenance,
    guide: s.guide,
    formSchema: s.formSchema,
    engine: s.engine,
    query: s.query,
    notice: s.notice,
    version: s.version,
    updatedAt: s.updatedAt,
    category: { code: row.categoryCode, name: row.categoryName, nameEn: row.categoryNameEn },
  };
}
