import "server-only";
import { getDb } from "@/db/client";
import { noticeFeedResponse } from "@/server/notices/notice-feed-response";

/** The Atom feed of one notice service's current notices. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return noticeFeedResponse(await getDb(), { serviceCode: code, url: request.url });
}
