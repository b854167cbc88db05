import "server-only";
import { getDb } from "@/db/client";
import { noticeFeedResponse } from "@/server/notices/notice-feed-response";

/** The Atom feed of every current notice, for subscribers. */
export async function GET(request: Request) {
  return noticeFeedResponse(await getDb(), { url: request.url });
}
