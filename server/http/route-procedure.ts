import "server-only";
import { type AnyProcedure, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getDb } from "@/db/client";
import { auditTrailOf } from "@/server/accounts/actor";
import { currentUser } from "@/server/accounts/current-user";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError, domainErrorTrpcCode } from "@/server/errors";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { createCaller } from "@/server/routers/_app";
import { isSameOrigin } from "@/server/security/same-origin";
import { type Context, createCallerFactory, createContext, createTRPCRouter } from "@/server/trpc";

type Caller = ReturnType<typeof createCaller>;

type RouteOptions = {
  /** A state-changing request (an upload): refused unless one of our own pages sent it. */
  mutation?: boolean;
  /** Audit action recorded (outcome "denied") when a signed-in user is refused for their role. */
  deniedAudit?: string;
};

/**
 * Route handlers serve what a tRPC call cannot: a link that downloads a file, a body streamed with upload
 * progress. They still run as tRPC procedures, built from the builders in server/trpc.ts, so the session is
 * read once, roles and jurisdiction are checked exactly as for any procedure, and a DomainError reaches HTTP
 * through the one table (errors.ts: domain code → tRPC code → HTTP status). A refusal answers that status (an
 * upload's with `{ code, message }`, the message localised); anything else is a real failure and is thrown.
 *
 * `procedure` is a builder with its input schema (`oversightProcedure.input(query)`); `run` is its resolver
 * and answers the Response.
 */
export async function routeProcedure<TBuilder extends { query: (resolver: never) => AnyProcedure }>(
  request: Request,
  p: RouteOptions & { procedure: TBuilder; input?: unknown; run: Parameters<TBuilder["query"]>[0] },
): Promise<Response> {
  return answer(request, p, async (ctx) => {
    const route = createTRPCRouter({ route: p.procedure.query(p.run) });
    const call = createCallerFactory(route)(ctx) as unknown as { route: (input: unknown) => Promise<Response> };
    return call.route(p.input);
  });
}

/** The same for a route that answers with an existing procedure of the app router: `caller.me.exportData()`. */
export async function routeCaller(
  request: Request,
  run: (caller: Caller) => Promise<Response>,
  options: RouteOptions = {},
): Promise<Response> {
  return answer(request, options, (ctx) => run(createCaller(ctx)));
}

async function answer(request: Request, options: RouteOptions, attempt: (ctx: Context) => Promise<Response>) {
  let ctx: Context | null = null;
  try {
    if (options.mutation && !isSameOrigin(request.headers)) throw new DomainError("FORBIDDEN");
    ctx = createContext({ db: await getDb(), user: await currentUser(), headers: request.headers });
    return await attempt(ctx);
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error instanceof TRPCError && error.cause ? error.cause : error;
    const user = ctx?.actor.user;
    if (options.deniedAudit && ctx && user && refusal.status === 403) {
      await recordAudit(ctx.db, {
        ...auditTrailOf({ ...ctx.actor, user }),
        action: options.deniedAudit,
        outcome: "denied",
      });
    }
    const headers = { "Cache-Control": "private, no-store" };
    // A download refused says nothing beyond its status; a form that posted a file shows the message.
    if (!options.mutation) return new Response(null, { status: refusal.status, headers });
    const tr = translator(localeFromCookieHeader(request.headers.get("cookie")));
    const message = refusal.domain
      ? tr(`errors.${refusal.domain.code}`, refusal.domain.params as never)
      : tr("errors.BAD_INPUT");
    return Response.json({ code: refusal.domain?.code ?? "BAD_INPUT", message }, { status: refusal.status, headers });
  }
}

/** A refusal (a 4xx) with the domain error behind it, if any; null for a failure of ours. */
function refusalOf(error: unknown): { status: number; domain: DomainError | null } | null {
  const trpc =
    error instanceof TRPCError
      ? error
      : error instanceof DomainError
        ? new TRPCError({ code: domainErrorTrpcCode[error.code], cause: error })
        : null;
  if (!trpc) return null;
  const status = getHTTPStatusCodeFromError(trpc);
  if (status >= 500) return null;
  return { status, domain: trpc.cause instanceof DomainError ? trpc.cause : null };
}
