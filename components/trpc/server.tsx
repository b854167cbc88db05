import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { appRouter } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";
import { makeQueryClient } from "./query-client";

const createRscContext = cache(async () =>
  createContext({ db: await getDb(), user: await currentUser(), headers: new Headers(await headers()) }),
);

export const getQueryClient = cache(makeQueryClient);

/** Server components prefetch through this proxy; the same procedures, no HTTP hop. */
export const trpc = createTRPCOptionsProxy({ router: appRouter, ctx: createRscContext, queryClient: getQueryClient });

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any procedure's options, as in tRPC's own helper
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  const queryClient = getQueryClient();
  if (queryOptions.queryKey[1]?.type === "infinite") {
    void queryClient.prefetchInfiniteQuery(queryOptions as never);
  } else {
    void queryClient.prefetchQuery(queryOptions);
  }
}
