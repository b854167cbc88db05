import "server-only";
import type { Db } from "@/db/client";
import type { NoticeFeedEntry } from "./notice-atom-feed";
import { listPublicNotices } from "./list-public-notices";

/** The current notices (of one service, or all) as feed entries: the first page, newest first. */
export async function noticeFeedEntries(
  db: Db,
  serviceCode: string | undefined,
  now: Date,
): Promise<NoticeFeedEntry[]> {
  const { items } = await listPublicNotices(db, { view: "current", serviceCode }, now);
  return items.map((n) => ({
    id: n.id,
    title: n.title,
    summary: n.excerpt,
    unit: n.unit.name,
    periodStart: n.periodStart,
    updated: n.periodStart,
  }));
}
