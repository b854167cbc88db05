import { catalogCategories } from "@/server/seed/catalog/catalog-categories";
import { engineConfigs } from "@/server/seed/catalog/engine-configs";
import { dedicatedServicePages } from "./dedicated-service-pages";
import { buildServiceTable } from "./service-table";

/** The table as the seed's configurations give it, in catalogue order. */
export function currentServiceTable(): string {
  const services = catalogCategories.flatMap((c) => c.services);
  const engines = Object.fromEntries(Object.entries(engineConfigs).map(([code, c]) => [code, c.engine]));
  return buildServiceTable(services, engines, dedicatedServicePages);
}
