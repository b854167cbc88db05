import type { CaseNodeKind, CoerciveMeasure } from "@/db/schema";

/**
 * The node names in the progress SMS. SMS texts are always Chinese (see server/notify/templates.ts), so
 * these are not run through the i18n layer; the pages use the `cases` namespace instead.
 */
const kindLabels: Record<CaseNodeKind, string> = {
  accepted: "受案",
  filed: "立案",
  not_filed: "不予立案",
  coercive_measure: "采取强制措施",
  transferred_for_prosecution: "移送审查起诉",
  withdrawn: "撤案",
  closed: "结案",
  other: "其他办理结果",
};

const measureLabels: Record<CoerciveMeasure, string> = {
  summons: "拘传",
  bail: "取保候审",
  residential_surveillance: "监视居住",
  criminal_detention: "刑事拘留",
  arrest: "逮捕",
  administrative_detention: "行政拘留",
};

export function caseNodeSmsLabel(kind: CaseNodeKind, measure: CoerciveMeasure | null): string {
  return kind === "coercive_measure" && measure ? `${kindLabels[kind]}（${measureLabels[measure]}）` : kindLabels[kind];
}
