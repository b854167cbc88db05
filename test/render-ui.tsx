import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { configure, render } from "@testing-library/react";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { NextIntlClientProvider } from "next-intl";
import superjson from "superjson";
import { vi } from "vitest";
import { TRPCProvider } from "@/components/trpc/client";
import { messages } from "@/server/i18n/messages";
import type { AppRouter } from "@/server/routers/_app";

/**
 * Component tests with the network as the only fake: tRPC procedures answer through a fetch that routes
 * `/api/trpc/<path>` batches to the handlers given here, so components run with their real providers,
 * hooks and query cache. A handler throws `trpcRefusal(...)` to answer as the server's error formatter does.
 */

// These tests run real timers (autosave, polling) through real providers: on a machine busy with builds
// a step can take seconds, so waiting for the page is allowed longer than the libraries' defaults.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

type Handler = (input: never) => unknown;
export type TrpcCall = { path: string; input: unknown };

export class TrpcRefusal extends Error {
  constructor(
    message: string,
    readonly code: "BAD_REQUEST" | "CONFLICT" | "FORBIDDEN" | "NOT_FOUND" = "BAD_REQUEST",
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

const httpStatus = { BAD_REQUEST: 400, CONFLICT: 409, FORBIDDEN: 403, NOT_FOUND: 404 } as const;

export function fakeTrpcFetch(handlers: Record<string, Handler>) {
  const calls: TrpcCall[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const address = new URL(String(url), "http://localhost");
    const paths = decodeURIComponent(address.pathname.replace(/^\/api\/trpc\//, "")).split(",");
    const rawInputs: Record<string, unknown> =
      init?.method === "POST"
        ? JSON.parse(String(init.body ?? "{}"))
        : JSON.parse(address.searchParams.get("input") ?? "{}");
    const answers = await Promise.all(
      paths.map(async (path, i) => {
        const raw = rawInputs[String(i)];
        const input = raw === undefined ? undefined : superjson.deserialize(raw as never);
        calls.push({ path, input });
        const handler = handlers[path];
        try {
          if (!handler) throw new TrpcRefusal(`no fake for ${path}`, "NOT_FOUND");
          return { result: { data: superjson.serialize(await handler(input as never)) } };
        } catch (e) {
          const refusal = e instanceof TrpcRefusal ? e : new TrpcRefusal(String(e));
          return {
            error: superjson.serialize({
              message: refusal.message,
              code: -32600,
              data: {
                code: refusal.code,
                httpStatus: httpStatus[refusal.code],
                path,
                fieldErrors: refusal.fieldErrors,
              },
            }),
          };
        }
      }),
    );
    return new Response(JSON.stringify(answers), { status: 200, headers: { "content-type": "application/json" } });
  };
  return { fetch, calls };
}

export function renderUi(
  ui: React.ReactElement,
  {
    trpc = {},
    namespaces,
    locale = "zh-CN",
  }: { trpc?: Record<string, Handler>; namespaces: string[]; locale?: "zh-CN" | "en" },
) {
  const fake = fakeTrpcFetch(trpc);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const trpcClient = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "http://localhost/api/trpc", transformer: superjson, fetch: fake.fetch })],
  });
  const all = messages[locale] as Record<string, unknown>;
  const picked = Object.fromEntries(namespaces.map((n) => [n, all[n]]));
  const result = render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <NextIntlClientProvider locale={locale} messages={picked as never} timeZone="Asia/Shanghai">
          {ui}
        </NextIntlClientProvider>
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return { ...result, calls: fake.calls, queryClient };
}
