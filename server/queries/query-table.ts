import { unitNames } from "@/server/applications/service-table";
import { markdownTable, replaceBetweenMarkers } from "@/server/catalog/markdown-table";
import type { QueryConfig } from "./query-config";
import type { QuerySourceMeta } from "./query-source";

/** The README section the table of queries lives in; everything between the markers is generated. */
export const queryTableStart = "<!-- queries:start -->";
export const queryTableEnd = "<!-- queries:end -->";

const accessNames = {
  own: "本人（登录、实名认证）",
  family: "法定近亲属（登录、实名认证）",
  public: "公众（无需登录，限频）",
} as const;

/**
 * The Markdown table of every 查询 service: code, name, the register it reads (or the page that answers it),
 * who may see the answer, and the unit that keeps the register — from the configurations and the sources.
 */
export function buildQueryTable(
  services: readonly { code: string; name: string; kind: string }[],
  configs: Readonly<Record<string, QueryConfig>>,
  sources: ReadonlyMap<string, Pick<QuerySourceMeta, "register" | "access" | "sensitive">>,
): string {
  const rows = services
    .filter((s) => s.kind === "query")
    .map((s) => {
      const config = configs[s.code];
      if (!config) return [s.code, s.name, "未配置", "—", "—"];
      const unit = unitNames[config.maintainer];
      if (config.kind === "page") return [s.code, s.name, `专门页面 \`${config.path}\``, "见该页面", unit];
      const source = sources.get(config.source);
      if (!source) return [s.code, s.name, `未知数据源 ${config.source}`, "—", unit];
      const sms = source.sensitive || config.sensitive ? "，短信验证" : "";
      return [
        s.code,
        s.name,
        `${source.register.name}（\`${config.source}\`）`,
        `${accessNames[source.access]}${sms}`,
        unit,
      ];
    });
  return markdownTable(["编码", "事项", "登记簿（数据源）", "谁可查询", "维护单位"], rows);
}

/** The README with the text between the query markers replaced; throws when the markers are missing. */
export function replaceQueryTable(readme: string, table: string): string {
  return replaceBetweenMarkers(readme, queryTableStart, queryTableEnd, table);
}
