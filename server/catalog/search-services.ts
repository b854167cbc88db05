import "server-only";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceCategories, type serviceKind, services } from "@/db/schema";

export type ServiceKind = (typeof serviceKind.enumValues)[number];

export type ServiceListItem = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: ServiceKind;
  mode: (typeof services.$inferSelect)["mode"];
  summary: string;
  enabled: boolean;
  maintenance: boolean;
  /** For the admin list's enable/disable switch, which names the version it acts on. */
  version: number;
  category: { code: string; name: string; nameEn: string };
  /** How a search found it: 0 exact name, 1 name, 2 synonym or English name, 3 pinyin of the name, 4 other pinyin; null without a query. */
  rank: number | null;
  /** The synonyms the query matched, so the list can say why a service with another name came up. */
  matchedSynonyms: string[];
};

export type ServiceSearch = {
  q?: string;
  categoryCode?: string;
  kind?: ServiceKind;
  /** Admin lists see disabled services; citizens and guests never do. */
  includeDisabled?: boolean;
  /** Admin filter, with includeDisabled. */
  status?: "enabled" | "disabled" | "maintenance";
};

/** At most this many words of a query count; the rest would only slow the query down. */
const maxWords = 6;

/** Splits a query into lowercase words; Chinese has no spaces, so a Chinese word is matched as a substring. */
export function queryWords(q: string | undefined): string[] {
  return (q ?? "")
    .toLowerCase()
    .split(/[\s,，、;；]+/u)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, maxWords);
}

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Finds services by every word of the query — each word must appear in the name, a synonym, the English
 * name or the pinyin keys (full or initials) — within a category and kind, ranked exact name first, then
 * name, synonym, pinyin. All in one SQL query: the catalogue stays in the database.
 */
export async function searchServices(db: Db, p: ServiceSearch): Promise<ServiceListItem[]> {
  const words = queryWords(p.q);
  const name = sql`lower(${services.name})`;
  const synonymText = sql`lower(array_to_string(${services.synonyms}, ' '))`;
  const english = sql`lower(${services.nameEn})`;
  const filters: SQL[] = [];
  if (!p.includeDisabled || p.status === "enabled") filters.push(eq(services.enabled, true));
  else if (p.status === "disabled") filters.push(eq(services.enabled, false));
  if (p.status === "maintenance") filters.push(eq(services.maintenance, true));
  if (p.categoryCode) filters.push(eq(serviceCategories.code, p.categoryCode));
  if (p.kind) filters.push(eq(services.kind, p.kind));

  let rank: SQL = sql`null::int`;
  let synonymsMatched: SQL = sql`'{}'::text[]`;
  if (words.length) {
    const patterns = words.map(likePattern);
    const all = (test: (pattern: string) => SQL) =>
      sql.join(
        patterns.map((x) => sql`(${test(x)})`),
        sql` and `,
      );
    const inName = (x: string) => sql`${name} like ${x}`;
    const inSynonyms = (x: string) => sql`${synonymText} like ${x} or ${english} like ${x}`;
    const inPinyin = (x: string) => sql`${services.pinyin} like ${x} or ${services.pinyinInitials} like ${x}`;
    const inOwnPinyin = (x: string) =>
      sql`split_part(${services.pinyin}, ' ', 1) like ${x} or split_part(${services.pinyinInitials}, ' ', 1) like ${x}`;
    filters.push(all((x) => sql`${inName(x)} or ${inSynonyms(x)} or ${inPinyin(x)}`));
    rank = sql<number>`case
      when ${name} = ${words.join("")} then 0
      when ${all(inName)} then 1
      when ${all((x) => sql`${inName(x)} or ${inSynonyms(x)}`)} then 2
      when ${all((x) => sql`${inName(x)} or ${inOwnPinyin(x)}`)} then 3
      else 4 end`;
    const anyWord = sql.join(
      patterns.map((x) => sql`lower(s) like ${x}`),
      sql` or `,
    );
    synonymsMatched = sql`array(select s from unnest(${services.synonyms}) as s where ${anyWord})`;
  }

  const rows = await db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
      kind: services.kind,
      mode: services.mode,
      summary: services.summary,
      enabled: services.enabled,
      maintenance: services.maintenance,
      version: services.version,
      categoryCode: serviceCategories.code,
      categoryName: serviceCategories.name,
      categoryNameEn: serviceCategories.nameEn,
      rank: sql<number | null>`${rank}`.as("rank"),
      matchedSynonyms: sql<string[]>`${synonymsMatched}`.as("matched_synonyms"),
    })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .where(and(...filters))
    .orderBy(sql`"rank" nulls last`, asc(serviceCategories.sortOrder), asc(services.sortOrder), asc(services.id));

  return rows.map(({ categoryCode, categoryName, categoryNameEn, rank: r, matchedSynonyms, ...s }) => ({
    ...s,
    category: { code: categoryCode, name: categoryName, nameEn: categoryNameEn },
    rank: r === null ? null : Number(r),
    matchedSynonyms: matchedSynonyms ?? [],
  }));
}
