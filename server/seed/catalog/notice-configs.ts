import type { UnitType } from "@/server/applications/engine-config";
import type { NoticeConfig } from "@/server/notices/notice-config";

const board = (publishers: UnitType[], [min, max]: readonly [number, number], objections: boolean): NoticeConfig => ({
  version: 1,
  publishers,
  periodDays: { min, max },
  objections,
});

/** Standing information (addresses, hours, fees, lists, rules): up until it changes, renewed at least yearly. */
const standing = [1, 365] as const;

/**
 * Who publishes on each 公示 board, for how long a notice stays up and whether citizens may object, seeded into
 * services.notice; the admin edits them at /admin/services/[code]. "bureau" is a bureau's own headquarters (the
 * province's 公安厅, a city's 公安局 with its traffic detachment, a county's 公安局 or district 分局); the
 * desks (车管所, 出入境…) serve their city. Where the law or practice fixes a period it is cited at the board.
 */
export const noticeConfigs: Record<string, NoticeConfig> = {
  // 户政: each station posts its own window; fees and settlement policy are the bureau's, open to comment.
  HZ047: board(["station", "bureau"], standing, true),
  HZ048: board(["bureau"], standing, true),
  HZ049: board(["bureau"], standing, true),
  // 出入境: the city's exit-entry division; fees are open to objection like every 收费公示.
  CR016: board(["exit_entry"], standing, false),
  CR017: board(["exit_entry"], standing, true),
  CR024: board(["exit_entry"], standing, false),
  CR025: board(["exit_entry"], standing, false),
  CR035: board(["exit_entry"], standing, false),
  // 车管所 alone: test centres and weekly plans, booking results (公示 for social supervision), its service
  // points, and the penalty-point rules with their 满分 announcements.
  JJ043: board(["vehicle_admin"], [1, 90], false),
  JJ044: board(["vehicle_admin"], [1, 60], true),
  JJ069: board(["vehicle_admin"], standing, false),
  JJ072: board(["vehicle_admin"], standing, false),
  // The traffic detachment at the bureau. Fixed cameras are announced before they go live (程序规定 第16条:
  // 设置地点应当向社会公布), a week at least, and take objections; black spots are reviewed each quarter.
  JJ053: board(["bureau"], [7, 365], true),
  JJ054: board(["bureau"], standing, false),
  JJ062: board(["bureau"], [1, 120], false),
  JJ063: board(["bureau"], [1, 180], false),
  JJ064: board(["bureau"], standing, false),
  // 治安: licences granted are posted at least seven days for supervision; penalty decisions stay up three months
  // to three years (失信行为纠正后的信用信息修复管理办法: 最短公示期三个月, 最长三年) and may be disputed.
  ZA034: board(["public_order", "bureau"], standing, false),
  ZA042: board(["public_order", "bureau"], standing, false),
  ZA044: board(["public_order", "bureau"], [7, 90], true),
  ZA045: board(["public_order", "bureau"], [90, 1095], true),
  // 网安 and fraud warnings: stations warn their own residents too; warnings are current for weeks, not years.
  WA013: board(["cyber", "criminal", "bureau", "station"], [1, 90], false),
  WA015: board(["cyber"], standing, false),
  JD012: board(["narcotics", "bureau"], standing, false),
  JS010: board(["custody", "bureau"], standing, false),
  // 案件: a reward notice runs until revoked and takes tips, not objections; unclaimed seized property is
  // announced for six months before it is disposed of (公安机关涉案财物管理若干规定: 公告满六个月无人认领),
  // and a claimant or anyone else may object to its disposal.
  AJ009: board(["bureau", "criminal"], standing, false),
  AJ011: board(["bureau", "criminal"], standing, false),
  AJ016: board(["bureau", "criminal"], [180, 184], true),
  // 综合: the bureau's own bulletins and lists; stations post their own service point and prevention advice.
  ZH005: board(["bureau"], [1, 90], false),
  ZH006: board(["bureau"], standing, false),
  ZH007: board(["bureau", "station"], standing, false),
  ZH017: board(["bureau", "station", "cyber"], standing, false),
  ZH018: board(["bureau"], standing, false),
  ZH019: board(["bureau"], standing, false),
};
