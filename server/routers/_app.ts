import { createCallerFactory, createTRPCRouter } from "@/server/trpc";
import { accountRouter } from "./account";
import { devtoolsRouter } from "./devtools";
import { orgRouter } from "./org";
import { systemRouter } from "./system";

export const appRouter = createTRPCRouter({
  system: systemRouter,
  account: accountRouter,
  org: orgRouter,
  devtools: devtoolsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
