import { markdownTable, replaceBetweenMarkers } from "@/server/catalog/markdown-table";
import { autoRules } from "./auto-rules/auto-rules";
import type { DecisionRule, EngineConfig, HandlerRule, OutcomeRule } from "./engine-config";

/** The README section the table lives in; everything between the markers is generated. */
export const tableStart = "<!-- services:start -->";
export const tableEnd = "<!-- services:end -->";

export type TableService = { code: string; name: string; kind: string };

export const unitNames: Record<HandlerRule["unitType"], string> = {
  station: "派出所",
  county_bureau: "县级公安机关",
  vehicle_admin: "车管所",
  exit_entry: "出入境管理支队",
  cyber: "网络安全保卫支队",
  public_order: "治安管理支队",
  narcotics: "禁毒支队",
  custody: "监管支队",
  criminal: "刑事侦查支队",
  inspection: "督察支队",
};

const effectNames: Record<string, string> = {
  household: "户籍登记变更",
  licence_renewal: "换发驾驶证",
  licence_reissue: "补发驾驶证",
  vehicle_document_reissue: "补发号牌或行驶证",
  inspection_label: "核发检验合格标志",
  electronic_licence: "开通电子驾驶证",
  dog_annual_inspection: "犬只年检登记",
  vehicle_owner_contact: "变更机动车所有人联系方式",
  special_trade_employee: "特种行业从业人员登记",
};

function describeDecision(decision: DecisionRule): string {
  switch (decision.kind) {
    case "auto": {
      const rule = autoRules[decision.rule];
      const conditions = rule?.conditions.length ? `：${rule.conditions.join("；")}` : "";
      return `自动（${rule?.name ?? decision.rule}${conditions}），不符合的转${decision.review[0].title}`;
    }
    case "review":
      return decision.steps.map((s) => `${s.title}（${s.slaDays} 个工作日）`).join(" → ");
    case "prereview_window":
      return `网上预审（${decision.review[0].slaDays} 个工作日）+ 预约 ${decision.appointmentService} 到窗口`;
  }
}

function describeOutcome(outcome: OutcomeRule, delivery: EngineConfig["delivery"]): string {
  const post = delivery.post.allowed ? "，可邮寄" : "";
  switch (outcome.kind) {
    case "document":
      return `出具《${outcome.template.title}》${post}`;
    case "register_change":
      return `${effectNames[outcome.effect] ?? outcome.effect}${post}`;
    case "record":
      return `登记并转办，回复可查${outcome.anonymousAllowed ? "，可匿名" : ""}`;
    case "window_visit":
      return `窗口办结，出具《${outcome.template.title}》${post}`;
  }
}

/**
 * The Markdown table of every 办理 service: code, name, the unit type that handles it, how it is decided and
 * what it ends in — from the configurations, or the page that handles it.
 */
export function buildServiceTable(
  services: readonly TableService[],
  engines: Readonly<Record<string, EngineConfig>>,
  pages: Readonly<Record<string, string>>,
): string {
  const rows = services
    .filter((s) => s.kind === "handle")
    .map((s) => {
      const page = pages[s.code];
      const engine = engines[s.code];
      if (page) return [s.code, s.name, "—", `专门页面 \`${page}\``, "在该页面办结"];
      if (!engine) return [s.code, s.name, "—", "未配置", "未配置"];
      return [
        s.code,
        s.name,
        unitNames[engine.handler.unitType],
        describeDecision(engine.decision),
        describeOutcome(engine.outcome, engine.delivery),
      ];
    });
  return markdownTable(["编码", "事项", "承办单位", "决定方式", "办理结果"], rows);
}

/** The README with the text between the markers replaced; throws when the markers are missing. */
export function replaceServiceTable(readme: string, table: string): string {
  return replaceBetweenMarkers(readme, tableStart, tableEnd, table);
}
