import { catalogCategories } from "@/server/seed/catalog/catalog-categories";
import { queryConfigs } from "@/server/seed/catalog/query-configs";
import { buildQueryTable } from "./query-table";
import { querySourceMetas } from "./query-sources";

/** The table as the seed's configurations give it, in catalogue order. */
export function currentQueryTable(): string {
  return buildQueryTable(
    catalogCategories.flatMap((c) => c.services),
    queryConfigs,
    querySourceMetas(),
  );
}
