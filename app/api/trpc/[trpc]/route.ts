import "server-only";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { maxBatchSize } from "@/components/trpc/max-batch-size";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { appRouter } from "@/server/routers/_app";
import { isSameOrigin } from "@/server/security/same-origin";
import { createContext } from "@/server/trpc";

const noStore = { "Cache-Control": "private, no-store" };

function refused(status: number, message: string) {
  return Response.json({ error: { message, data: { httpStatus: status } } }, { status, headers: noStore });
}

/**
 * Every answer is personal or may be (the session decides), so none is stored by a browser or a shared
 * cache. Mutations come only from our own pages.
 */
const handler = async (req: Request) => {
  const tr = translator(localeFromCookieHeader(req.headers.get("cookie")));
  if (req.method !== "GET" && !isSameOrigin(req.headers)) return refused(403, tr("errors.FORBIDDEN"));
  const url = new URL(req.url);
  const calls = url.pathname.slice("/api/trpc/".length).split(",").length;
  if (url.searchParams.get("batch") === "1" && calls > maxBatchSize) {
    return refused(400, tr("errors.BATCH_TOO_LARGE", { max: maxBatchSize }));
  }
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    maxBatchSize,
    createContext: async () => createContext({ db: await getDb(), user: await currentUser(), headers: req.headers }),
  });
  for (const [name, value] of Object.entries(noStore)) response.headers.set(name, value);
  return response;
};

export { handler as GET, handler as POST };
