import { type UnitType, unitTypes } from "@/server/applications/engine-config";
import { unitNames } from "@/server/applications/service-table";
import { markdownTable, replaceBetweenMarkers } from "@/server/catalog/markdown-table";
import type { NoticeConfig } from "./notice-config";

/** The README section the table of notice boards lives in; everything between the markers is generated. */
export const noticeTableStart = "<!-- notices:start -->";
export const noticeTableEnd = "<!-- notices:end -->";

/** A bureau's headquarters (公安厅, a city's 公安局, a county's 公安局 or 分局); the rest as the engine names them. */
const publisherName = (unitType: UnitType) => (unitType === "bureau" ? "公安局本级" : unitNames[unitType]);

/**
 * The Markdown table of every 公示 service: code, name, its public board, who may read it, which unit types
 * publish on it (in the org tree's order), the period a notice keeps in days and whether it takes objections —
 * from the configurations.
 */
export function buildNoticeTable(
  services: readonly { code: string; name: string; kind: string }[],
  configs: Readonly<Record<string, NoticeConfig>>,
): string {
  const rows = services
    .filter((s) => s.kind === "notice")
    .map((s) => {
      const board = `\`/services/${s.code}/notices\``;
      const config = configs[s.code];
      if (!config) return [s.code, s.name, board, "公众，无需登录", "未配置", "—", "—"];
      const { min, max } = config.periodDays;
      return [
        s.code,
        s.name,
        board,
        "公众，无需登录",
        [...config.publishers]
          .sort((a, b) => unitTypes.indexOf(a) - unitTypes.indexOf(b))
          .map(publisherName)
          .join("、"),
        min === max ? String(min) : `${min}–${max}`,
        config.objections ? "受理异议" : "不受理",
      ];
    });
  return markdownTable(["编码", "事项", "公告栏", "谁可查看", "发布单位", "公示期（天）", "异议"], rows);
}

/** The README with the text between the notice markers replaced; throws when the markers are missing. */
export function replaceNoticeTable(readme: string, table: string): string {
  return replaceBetweenMarkers(readme, noticeTableStart, noticeTableEnd, table);
}
