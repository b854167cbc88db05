import "server-only";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";
import type { QuerySourceMeta } from "@/server/queries/query-source";
import { querySourceMetas } from "@/server/queries/query-sources";
import { applyServiceChange, type ServiceChangeResult } from "./apply-service-change";
import { assertServiceKind, configRefusal, type ServiceConfigUpdate } from "./update-service-config";
import { type QueryConfigContext, validateQueryConfig } from "./validate-service-config";

/** The register sources and the catalogue's services a query configuration may name. */
export async function loadQueryConfigContext(
  db: Db,
): Promise<{ sources: ReadonlyMap<string, QuerySourceMeta>; services: QueryConfigContext["services"] }> {
  const rows = await db.select({ code: services.code, kind: services.kind }).from(services);
  return { sources: querySourceMetas(), services: new Map(rows.map((r) => [r.code, r.kind])) };
}

/** Saves how a 查询 service answers, after the one check, on top of the version the admin loaded. */
export async function updateQueryConfig(db: Db, p: ServiceConfigUpdate): Promise<ServiceChangeResult> {
  await assertServiceKind(db, p.code, "query", "SERVICE_CONFIG_NOT_QUERY");
  const checked = validateQueryConfig(p.config, await loadQueryConfigContext(db));
  if (!checked.success) throw configRefusal(checked.error.issues);
  const query = checked.data as unknown as Record<string, unknown>;
  return applyServiceChange(db, {
    code: p.code,
    expectedVersion: p.expectedVersion,
    action: "catalog.service_query_updated",
    actor: p.actor,
    ip: p.ip,
    correlationId: p.correlationId,
    change: (current) => ({ ...current, query }),
  });
}
