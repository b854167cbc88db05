import type { QuerySource } from "./query-source";

/**
 * The public, family and case/custody register sources (ZH011, ZA036, JS005 …), kept apart from the own-data
 * sources so each set grows in its own file; query-sources.ts joins them.
 */
export const publicQuerySources: Record<string, QuerySource> = {};
