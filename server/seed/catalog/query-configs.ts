import type { QueryConfig, QueryScope } from "@/server/queries/query-config";
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
  /** 电子证照亮证: the citizen's own screen with a short-lived QR code */
  ZH022: { version: 1, kind: "page", path: "/me/licences/show", maintainer: "station" },
  /** 无犯罪记录证明核验: the certificate's code is checked like every issued document's */
  ZA030: { version: 1, kind: "page", path: "/verify", maintainer: "station" },
  /** 出入境证件真伪核验: number and name, anyone */
  CR029: { version: 1, kind: "page", path: "/verify/travel-document", maintainer: "exit_entry" },
  ZA035: { version: 1, kind: "page", path: "/cases/query", maintainer: "public_order" },
  ZH020: progress("station"),
  HZ035: progress("station", { codes: ["HZ034", "HZ036", "HZ044", "HZ045"] }),
  HZ040: progress("station", { prefixes: ["HZ"] }),
  HZ043: progress("station", {
    codes: [
      "HZ002",
      "HZ003",
      "HZ004",
      "HZ005",
      "HZ006",
      "HZ007",
      "HZ008",
      "HZ009",
      "HZ010",
      "HZ011",
      "HZ012",
      "HZ013",
      "HZ014",
    ],
  }),
  JJ017: progress("vehicle_admin", { prefixes: ["JJ"] }),
  CR010: progress("exit_entry", { prefixes: ["CR"] }),
  CR033: progress("exit_entry", { codes: ["CR020", "CR021", "CR022", "CR034"] }),
  CR036: progress("exit_entry", { codes: ["CR032"] }),
  ZH021: own("postal_deliveries", "station"),
  ZH013: own("who_looked", "inspection", { correction: { service: "ZH014", via: "guide" } }),
  HZ050: {
    ...own("household_record", "station", {
      certificate: { service: "HZ029", via: "guide" },
      correction: { service: "HZ019", via: "guide" },
    }),
    sensitive: true,
  },
  JJ015: own("my_vehicles", "vehicle_admin", { inspection_booking: { service: "JJ013", via: "book" } }),
  JJ016: own("inspection_due", "vehicle_admin", {
    inspection_booking: { service: "JJ013", via: "book" },
    exemption_label: { service: "JJ012", via: "guide" },
  }),
  JJ036: own("licence_points", "vehicle_admin", {
    full_score_study: { service: "JJ039", via: "guide" },
    point_reduction: { service: "JJ040", via: "guide" },
  }),
  JJ037: own("licence_status", "vehicle_admin", {
    renewal: { service: "JJ025", via: "guide" },
    full_score_study: { service: "JJ039", via: "guide" },
    health_certificate: { service: "JJ029", via: "guide" },
  }),
  JJ024: own("driving_exam_results", "vehicle_admin", {
    book_theory: { service: "JJ021", via: "book" },
    book_site: { service: "JJ022", via: "book" },
    book_road: { service: "JJ023", via: "book" },
  }),
  JJ051: own("traffic_seizures", "vehicle_admin"),
  JJ056: own("accident_progress", "vehicle_admin", { review: { service: "JJ059", via: "guide" } }),
  JJ057: own("accident_documents", "vehicle_admin", { review: { service: "JJ059", via: "guide" } }),
  CR013: {
    ...own("border_crossings", "exit_entry", { certificate: { service: "CR028", via: "guide" } }),
    sensitive: true,
  },
};

type SourceConfig = Extract<QueryConfig, { kind: "source" }>;

function own(
  source: string,
  maintainer: SourceConfig["maintainer"],
  nextSteps: SourceConfig["nextSteps"] = {},
): SourceConfig {
  return { version: 1, kind: "source", source, maintainer, sensitive: false, nextSteps };
}

/** A progress query over the citizen's applications, of every service or of one area's. */
function progress(maintainer: SourceConfig["maintainer"], scope?: QueryScope): SourceConfig {
  return { ...own("application_progress", maintainer), ...(scope ? { scope } : {}) };
}
