import type { z } from "zod";
import type { Tx } from "@/db/client";
import type { Locale } from "@/server/i18n/config";
import type { QueryScope } from "./query-config";

/**
 * Who may ask a register: the signed-in, real-name verified citizen about themselves ("own"), about a family
 * member the law names ("family": the source checks the relation against the registers and refuses otherwise),
 * or anyone without signing in ("public", rate-limited by the engine).
 */
export type QueryAccess = "own" | "family" | "public";

/** One field of a query's form; the generic page renders it, the source's `input` schema checks it. */
export type QueryField = {
  key: string;
  type: "text" | "select" | "date";
  label: string;
  labelEn: string;
  hint?: string;
  hintEn?: string;
  required: boolean;
  options?: { value: string; label: string; labelEn: string }[];
  /** Phone keyboards: "numeric" for codes and numbers, "text" otherwise. */
  inputMode?: "text" | "numeric";
  autoComplete?: string;
  maxLength?: number;
};

/** How a state reads at a glance: fine, needs attention soon, needs action now, or just a fact. */
export type QueryTone = "ok" | "attention" | "urgent" | "neutral";

/** What a record's state is and what it means for the person, in their language. */
export type QueryState = { label: string; tone: QueryTone; meaning: string };

/**
 * What to do next. A "step" names one of the source's `nextSteps` keys; the service's query configuration says
 * which service it leads to (its guide, or booking its appointment), so the link is data, not code, and a step
 * the configuration leaves out is not shown. A "link" is a page of the platform the record itself belongs to
 * (an application's timeline, a violation list) and must be a path starting with "/".
 */
export type QueryAction = { kind: "step"; step: string } | { kind: "link"; label: string; href: string };

export type QueryRecordField = { label: string; value: string };

export type QueryTimelineEntry = { at: Date; label: string; detail?: string };

/** One thing found: a licence, a vehicle, an application, a register entry. Texts already localised. */
export type QueryRecord = {
  title: string;
  subtitle?: string;
  fields: QueryRecordField[];
  state?: QueryState;
  /** Dated steps, newest first (an application's progress, a parcel's tracking). */
  timeline?: QueryTimelineEntry[];
  actions: QueryAction[];
};

/**
 * What a source answers. `subjects` are the keyed ID hashes (hashPii("id", …)) of every person whose personal
 * data is in the answer other than the asking citizen; the engine files one audit entry per subject (and one for
 * the asker's own data on "own" sources), so each finds the read under "谁查看了我的信息".
 */
export type QueryResult = {
  records: QueryRecord[];
  /** Shown above the records (e.g. "data as of …", a legal caveat); optional. */
  note?: string;
  /** Shown instead of the list when records is empty; the engine has a generic text otherwise. */
  emptyText?: string;
  subjects?: string[];
};

/** The signed-in citizen the engine has checked (verified, with a register entry), or null on public queries. */
export type QueryAsker = { userId: string; residentId: string; idNumberHash: string };

export type QueryRunContext = {
  /** Read-only use: the engine's transaction, which also holds the audit entries. */
  tx: Tx;
  now: Date;
  locale: Locale;
  /** The platform's translator (all namespaces); sources keep their texts in queries.json / queriesPublic.json. */
  t: (key: string, values?: Record<string, string | number | Date>) => string;
  /** Null only on "public" sources asked without signing in. */
  asker: QueryAsker | null;
  serviceCode: string;
  /** The configuration's scope, for sources over applications of several services (see inQueryScope). */
  scope?: QueryScope;
};

/** What describes a source without running it: the admin editor, the validation and the README read this. */
export type QuerySourceMeta = {
  key: string;
  /** The register it reads, for the README table and the admin editor. */
  register: { name: string; nameEn: string };
  access: QueryAccess;
  /** Sensitive answers need a fresh SMS confirmation (the engine asks); a configuration may add it, never drop it. */
  sensitive: boolean;
  fields: QueryField[];
  /** The next steps it can suggest, by key, with what they mean (for the admin choosing the target service). */
  nextSteps: Record<string, { name: string; nameEn: string }>;
};

/**
 * A register source: code exists once per register read, the services that use it are configuration. `input`
 * must be a strict zod object matching `fields` (strings in, trimmed; messages through the validation layer).
 */
export type QuerySource<I extends Record<string, unknown> = Record<string, unknown>> = QuerySourceMeta & {
  input: z.ZodType<I>;
  run(context: QueryRunContext, input: I): Promise<QueryResult>;
};

/** Lets a source keep its precise input type while the registry holds them all. */
export function defineQuerySource<I extends Record<string, unknown>>(source: QuerySource<I>): QuerySource {
  return source as unknown as QuerySource;
}
