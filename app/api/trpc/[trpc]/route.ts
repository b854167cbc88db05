import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { appRouter } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";

const handler = async (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: async () => createContext({ db: await getDb(), user: await currentUser(), headers: req.headers }),
  });

export { handler as GET, handler as POST };
