import { serviceCategories, services } from "@/db/schema";
import { serviceSearchKeys } from "@/server/catalog/service-search-keys";
import type { DomainSeeder } from "../domain-seeders";
import { catalogCategories } from "./catalog-categories";
import type { CatalogEntry } from "./catalog-entry";
import { engineSeedOf } from "./engine-seed";
import { noticeConfigs } from "./notice-configs";
import { queryConfigs } from "./query-configs";

/** Loads the service catalogue once; later edits by admins are never overwritten by a re-run. */
export const catalogSeeder: DomainSeeder = {
  name: "catalog",
  async isSeeded(db) {
    const rows = await db.select({ id: serviceCategories.id }).from(serviceCategories).limit(1);
    return rows.length > 0;
  },
  async seed(tx) {
    const categoryRows = await tx
      .insert(serviceCategories)
      .values(
        catalogCategories.map((c, i) => ({ code: c.code, name: c.name, nameEn: c.nameEn, sortOrder: (i + 1) * 10 })),
      )
      .returning({ id: serviceCategories.id, code: serviceCategories.code });
    const categoryIds = new Map(categoryRows.map((r) => [r.code, r.id]));
    const rows = catalogCategories.flatMap((c) =>
      c.services.map((s, i) => ({
        ...withEngine(s),
        query: queryConfigs[s.code] ?? null,
        notice: noticeConfigs[s.code] ?? null,
        code: s.code,
        name: s.name,
        nameEn: s.nameEn,
        categoryId: categoryIds.get(c.code)!,
        kind: s.kind,
        summary: s.summary,
        synonyms: s.synonyms,
        ...serviceSearchKeys(s),
        sortOrder: (i + 1) * 10,
      })),
    );
    await tx.insert(services).values(rows);
  },
};

/** The form, engine, mode and guide a service is seeded with: its engine configuration's where it has one. */
function withEngine(s: CatalogEntry) {
  const seed = engineSeedOf(s);
  if (seed) return seed;
  return { mode: s.mode, guide: s.guide, formSchema: s.formSchema ?? null, engine: null };
}
