import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { type QueryConfig, queryConfigSchema } from "./query-config";
import type { QuerySource } from "./query-source";
import { querySources } from "./query-sources";

export type QueryService = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  config: QueryConfig;
  /** Null when the configuration is a page of its own. */
  source: QuerySource | null;
};

/**
 * A 查询 service open to citizens with its configuration and source. A disabled or maintained service, one
 * without a configuration, or one whose stored configuration no longer fits (a source removed from the code)
 * is unavailable: the page says it is being reconfigured rather than guessing.
 */
export async function loadQueryService(db: Db, code: string): Promise<QueryService> {
  const [row] = await db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
      kind: services.kind,
      enabled: services.enabled,
      maintenance: services.maintenance,
      query: services.query,
    })
    .from(services)
    .where(eq(services.code, code));
  if (!row || row.kind !== "query" || !row.enabled) throw new DomainError("NOT_FOUND");
  const parsed = queryConfigSchema.safeParse(row.query);
  if (row.maintenance || !parsed.success) throw new DomainError("SERVICE_UNAVAILABLE");
  const config = parsed.data;
  const source = config.kind === "source" ? (querySources[config.source] ?? null) : null;
  if (config.kind === "source" && !source) throw new DomainError("SERVICE_UNAVAILABLE");
  return { id: row.id, code: row.code, name: row.name, nameEn: row.nameEn, config, source };
}
