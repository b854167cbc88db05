import type { ServiceGuide, ServiceMaterial, services } from "@/db/schema";

/** The part of a service an admin edits; a version's snapshot is this object after the save. */
export type ServiceState = {
  name: string;
  nameEn: string;
  summary: string;
  synonyms: string[];
  enabled: boolean;
  maintenance: boolean;
  guide: ServiceGuide;
  /** Follows from the engine's decision rule whenever the configuration is saved. */
  mode: (typeof services.$inferSelect)["mode"];
  /** The online form and the handling configuration (JSON as stored; null for services without them). */
  formSchema: Record<string, unknown> | null;
  engine: Record<string, unknown> | null;
  /** How a 查询 service answers (server/queries/query-config.ts); absent for other kinds. */
  query?: Record<string, unknown> | null;
  /** Who publishes on a 公示 board, its period and objections (server/notices/notice-config.ts); absent for other kinds. */
  notice?: Record<string, unknown> | null;
};

export type FieldChange = { field: string; before: unknown; after: unknown };

const topFields = ["name", "nameEn", "summary", "synonyms", "enabled", "maintenance", "mode"] as const;
const engineParts = ["applicant", "handler", "decision", "outcome", "delivery", "version"] as const;
const guideFields = [
  "eligibility",
  "steps",
  "fees",
  "timeLimitDays",
  "timeLimitNote",
  "window",
  "legalBasis",
  "notes",
] as const;

/** JSON with object keys sorted: jsonb hands objects back in its own key order, which is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Field-level changes between two states, for the version history: top-level fields, each guide part,
 * and materials one by one (`guide.materials.<key>`), so "who changed the birth certificate's
 * description" can be answered without comparing whole guides by eye.
 */
export function diffService(before: ServiceState, after: ServiceState): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const f of topFields)
    if (!same(before[f], after[f])) changes.push({ field: f, before: before[f], after: after[f] });
  for (const f of guideFields) {
    if (!same(before.guide[f], after.guide[f])) {
      changes.push({ field: `guide.${f}`, before: before.guide[f] ?? null, after: after.guide[f] ?? null });
    }
  }
  changes.push(...diffMaterials(before.guide.materials, after.guide.materials));
  changes.push(...diffEngine(before.engine, after.engine), ...diffForm(before.formSchema, after.formSchema));
  for (const f of ["query", "notice"] as const)
    if (!same(before[f] ?? null, after[f] ?? null))
      changes.push({ field: f, before: before[f] ?? null, after: after[f] ?? null });
  return changes;
}

/** The engine part by part (`engine.decision`…), so the history says "the review steps changed". */
function diffEngine(before: ServiceState["engine"], after: ServiceState["engine"]): FieldChange[] {
  if (!before || !after) return same(before, after) ? [] : [{ field: "engine", before, after }];
  return engineParts
    .filter((p) => !same(before[p], after[p]))
    .map((p) => ({ field: `engine.${p}`, before: before[p] ?? null, after: after[p] ?? null }));
}

type Keyed = { key: string };
const sectionsOf = (form: Record<string, unknown>): Keyed[] =>
  Array.isArray(form.sections) ? (form.sections as Keyed[]) : [];

/** The form section by section (`form.sections.<key>`), its routing and its section order. */
function diffForm(before: ServiceState["formSchema"], after: ServiceState["formSchema"]): FieldChange[] {
  if (!before || !after) return same(before, after) ? [] : [{ field: "form", before, after }];
  const changes: FieldChange[] = [];
  const old = new Map(sectionsOf(before).map((s) => [s.key, s]));
  const now = new Map(sectionsOf(after).map((s) => [s.key, s]));
  for (const [key, section] of now)
    if (!same(old.get(key), section))
      changes.push({ field: `form.sections.${key}`, before: old.get(key) ?? null, after: section });
  for (const [key, section] of old)
    if (!now.has(key)) changes.push({ field: `form.sections.${key}`, before: section, after: null });
  const order = {
    before: [...old.keys()].filter((k) => now.has(k)),
    after: [...now.keys()].filter((k) => old.has(k)),
  };
  if (!same(order.before, order.after))
    changes.push({ field: "form.sections.order", before: order.before, after: order.after });
  for (const key of ["routing", "version"])
    if (!same(before[key], after[key]))
      changes.push({ field: `form.${key}`, before: before[key] ?? null, after: after[key] ?? null });
  return changes;
}

function diffMaterials(before: ServiceMaterial[], after: ServiceMaterial[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const old = new Map(before.map((m) => [m.key, m]));
  const now = new Map(after.map((m) => [m.key, m]));
  for (const m of after) {
    const prior = old.get(m.key);
    if (!prior || !same(prior, m)) changes.push({ field: `guide.materials.${m.key}`, before: prior ?? null, after: m });
  }
  for (const m of before)
    if (!now.has(m.key)) changes.push({ field: `guide.materials.${m.key}`, before: m, after: null });
  const kept = (list: ServiceMaterial[], other: Map<string, ServiceMaterial>) =>
    list.map((m) => m.key).filter((k) => other.has(k));
  const order = { before: kept(before, now), after: kept(after, old) };
  if (!same(order.before, order.after))
    changes.push({ field: "guide.materials.order", before: order.before, after: order.after });
  return changes;
}
