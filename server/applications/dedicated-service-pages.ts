/**
 * 办理 services handled on pages of their own rather than by the application engine, with the page: the
 * service table and the completeness walk say where they are handled instead of requiring a configuration.
 */
export const dedicatedServicePages: Readonly<Record<string, string>> = {
  /** 往来港澳团队旅游签注（再次签注） */
  CR004: "/exit-entry/endorsement",
  /** 交通违法处理: the violations page settles them */
  JJ046: "/traffic/violations",
  /** 交通违法罚款缴纳 */
  JJ047: "/traffic/violations",
  /** 交通事故快处快赔 */
  JJ055: "/traffic/accident",
};
