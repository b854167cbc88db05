import type { QueryConfig } from "@/server/queries/query-config";
import { publicQueryConfigs } from "./public-query-configs";

/**
 * How each 查询 service answers, seeded into services.query: the register source it asks (with the services
 * its next steps lead to) or the page of its own that answers it. The admin edits them at /admin/services/[code].
 */
export const queryConfigs: Record<string, QueryConfig> = {
  ...publicQueryConfigs,
  AJ001: { version: 1, kind: "page", path: "/cases/query", maintainer: "criminal" },
  JJ045: { version: 1, kind: "page", path: "/traffic/violations", maintainer: "vehicle_admin" },
  JJ052: { version: 1, kind: "page", path: "/traffic/violations", maintainer: "vehicle_admin" },
  JJ036: {
    version: 1,
    kind: "source",
    source: "licence_points",
    maintainer: "vehicle_admin",
    sensitive: false,
    nextSteps: {
      full_score_study: { service: "JJ039", via: "guide" },
      point_reduction: { service: "JJ040", via: "guide" },
    },
  },
};
