import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { noticeAtomFeed } from "./notice-atom-feed";
import { noticeFeedEntries } from "./notice-feed-entries";

/**
 * The Atom feed of the current notices of one notice service (or of all, without a code), as the HTTP answer
 * the route handlers return: the same for everyone, so shared caches may keep it a few minutes. An unknown
 * code, or a service that is not a notice board, is a 404.
 */
export async function noticeFeedResponse(
  db: Db,
  p: { serviceCode?: string; url: string; now?: Date },
): Promise<Response> {
  const now = p.now ?? new Date();
  const origin = new URL(p.url).origin;
  let title = "河南警民通 · 公告公示";
  let boardUrl = `${origin}/notices`;
  if (p.serviceCode !== undefined) {
    const [service] = serviceCodeSchema.safeParse(p.serviceCode).success
      ? await db
          .select({ name: services.name })
          .from(services)
          .where(and(eq(services.code, p.serviceCode), eq(services.kind, "notice"), eq(services.enabled, true)))
      : [];
    if (!service) return new Response(null, { status: 404 });
    title = `河南警民通 · ${service.name}`;
    boardUrl = `${origin}/services/${p.serviceCode}/notices`;
  }
  const entries = await noticeFeedEntries(db, p.serviceCode, now);
  const xml = noticeAtomFeed({ title, selfUrl: p.url, boardUrl, origin, entries, now });
  return new Response(xml, {
    status: 200,
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
