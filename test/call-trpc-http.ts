import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { AnyTRPCRouter } from "@trpc/server";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/server/accounts/session-user";
import { createContext } from "@/server/trpc";

export type TrpcHttpAnswer = {
  status: number;
  text: string;
  error?: { message: string; data: Record<string, unknown> };
  data?: unknown;
};

/** Calls a procedure through the real HTTP adapter, so status codes and the formatted body are what a browser gets. */
export async function callTrpcHttp(
  router: AnyTRPCRouter,
  path: string,
  opts: { input?: unknown; mutation?: boolean; cookie?: string; user?: SessionUser | null; db?: Db } = {},
): Promise<TrpcHttpAnswer> {
  const headers = new Headers({
    cookie: opts.cookie ?? "",
    "x-correlation-id": "corr-123",
    "content-type": "application/json",
  });
  const encoded = encodeURIComponent(JSON.stringify({ json: opts.input ?? null }));
  const req = opts.mutation
    ? new Request(`http://t/api/trpc/${path}`, { method: "POST", headers, body: JSON.stringify({ json: opts.input }) })
    : new Request(`http://t/api/trpc/${path}?input=${encoded}`, { headers });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router,
    req,
    createContext: () => createContext({ db: opts.db ?? ({} as Db), user: opts.user ?? null, headers }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { error?: { json: TrpcHttpAnswer["error"] }; result?: { data: { json: unknown } } };
  return { status: res.status, text, error: body.error?.json, data: body.result?.data.json };
}
