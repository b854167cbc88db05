/**
 * Catalogue services (server/seed/catalog/traffic-services.ts) handled on the traffic pages rather than by an
 * online form: their guides send the visitor there.
 */
export const trafficServicePages: Readonly<Record<string, string>> = {
  /** 交通违法查询 */
  JJ045: "/traffic/violations",
  /** 交通违法罚款缴纳 */
  JJ047: "/traffic/violations",
  /** 罚款电子票据查询 */
  JJ052: "/traffic/violations#receipts",
};
