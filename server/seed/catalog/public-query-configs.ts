import type { QueryConfig } from "@/server/queries/query-config";

/** The public, family and case/custody queries' configurations; query-configs.ts joins them with the rest. */
export const publicQueryConfigs: Record<string, QueryConfig> = {};
