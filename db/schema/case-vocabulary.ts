/**
 * The case query's fixed lists, apart from the tables so that client components can import them without
 * pulling in the ORM.
 */
export const caseTypes = ["administrative", "criminal"] as const;
export type CaseType = (typeof caseTypes)[number];

export const queryPersonRelations = ["party", "family"] as const;
export type QueryPersonRelation = (typeof queryPersonRelations)[number];

export const caseNodeKinds = [
  "accepted",
  "filed",
  "not_filed",
  "coercive_measure",
  "transferred_for_prosecution",
  "withdrawn",
  "closed",
  "other",
] as const;
export type CaseNodeKind = (typeof caseNodeKinds)[number];

/** 刑事诉讼法 and 治安管理处罚法 measures a querier may be told about. */
export const coerciveMeasures = [
  "summons",
  "bail",
  "residential_surveillance",
  "criminal_detention",
  "arrest",
  "administrative_detention",
] as const;
export type CoerciveMeasure = (typeof coerciveMeasures)[number];
