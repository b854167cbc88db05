import { z } from "zod";
import { phoneNumberSchema } from "@/server/accounts/phone-number";
import { devToolsEnabled } from "@/server/env";
import { DomainError } from "@/server/errors";
import { listSmsInbox } from "@/server/notify/list-sms-inbox";
import { createTRPCRouter, publicProcedure } from "@/server/trpc";

/** Helpers for local use on the embedded defaults; they do not exist anywhere else. */
const devToolsProcedure = publicProcedure.use(({ next }) => {
  if (!devToolsEnabled()) throw new DomainError("NOT_FOUND");
  return next();
});

export const devtoolsRouter = createTRPCRouter({
  /** What the SMS outbox sent, newest first, so a person can read their codes. */
  smsInbox: devToolsProcedure
    .input(z.strictObject({ phone: phoneNumberSchema.optional() }))
    .query(({ ctx, input }) => listSmsInbox(ctx.db, { phone: input.phone })),
});
