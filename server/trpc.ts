import { randomUUID } from "node:crypto";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/db/client";
import { uniqueViolation } from "@/db/unique-violation";
import type { Role } from "@/db/schema";
import { env } from "@/server/env";
import { clientAddress } from "@/server/security/client-address";
import { type Actor, auditTrailOf, type OfficerActor, type UserActor } from "@/server/accounts/actor";
import { type OfficerRole, officerRoles, type SessionUser } from "@/server/accounts/session-user";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError, domainErrorTrpcCode } from "@/server/errors";
import { defaultLocale, type Locale, localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { loadJurisdiction, loadProvinceJurisdiction } from "@/server/orgs/jurisdiction";
import { logError, logInfo } from "@/server/log";
import { containsControlCharacters } from "@/server/security/control-characters";
import { flattenLocalised } from "@/server/validation-messages";

export type RequestMeta = { ip: string | null; userAgent: string | null; correlationId: string };

export type Context = {
  db: Db;
  locale: Locale;
  /** Who is asking: the builders below narrow it (signed in, officer with a scope); procedures read nothing else. */
  actor: Actor;
};

/** The one place a request's client address is read: see clientAddress for whom it trusts. */
export function requestMetaFrom(headers: Headers): RequestMeta {
  return {
    ip: clientAddress(headers, env().TRUSTED_PROXY_HOPS),
    userAgent: headers.get("user-agent"),
    correlationId: headers.get("x-correlation-id") ?? randomUUID(),
  };
}

/** Builds the context from parts, so route handlers, server components and tests share one path. */
export function createContext(parts: { db: Db; user: SessionUser | null; headers: Headers }): Context {
  return {
    db: parts.db,
    locale: localeFromCookieHeader(parts.headers.get("cookie")),
    actor: { user: parts.user, scope: null, ...requestMetaFrom(parts.headers) },
  };
}

export type ProcedureMeta = {
  /** The audit action every attempt of this procedure is recorded under, an input refused before it runs included. */
  auditedAttempt?: string;
};

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const locale = ctx?.locale ?? defaultLocale;
      const tr = translator(locale);
      const cause = error.cause;
      const { stack: _stack, ...data } = shape.data;
      if (cause instanceof DomainError) {
        const fields = cause.fields
          ? Object.fromEntries(Object.entries(cause.fields).map(([k, v]) => [k, tr(`errors.${v}` as never)]))
          : undefined;
        return {
          ...shape,
          message: tr(`errors.${cause.code}`, cause.params as never),
          data: { ...data, domainCode: cause.code, fieldErrors: fields, formErrors: null, correlationId: null },
        };
      }
      if (cause instanceof ZodError) {
        const flat = flattenLocalised(cause, locale);
        return {
          ...shape,
          message: tr("errors.BAD_INPUT"),
          data: {
            ...data,
            domainCode: "BAD_INPUT",
            fieldErrors: flat.fieldErrors,
            formErrors: flat.formErrors,
            correlationId: null,
          },
        };
      }
      if (error.code === "INTERNAL_SERVER_ERROR") {
        const correlationId = ctx?.actor.correlationId ?? randomUUID();
        logError("trpc internal error", error.cause ?? error, { correlationId, path: shape.data.path });
        return {
          ...shape,
          message: tr("errors.INTERNAL", { correlationId }),
          data: { ...data, domainCode: null, fieldErrors: undefined, formErrors: null, correlationId },
        };
      }
      const known = (["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS"] as const).includes(
        error.code as never,
      );
      return {
        ...shape,
        message: known ? shape.message : tr("errors.BAD_INPUT"),
        data: { ...data, domainCode: null, fieldErrors: undefined, formErrors: null, correlationId: null },
      };
    },
  });

/**
 * Maps domain errors to their tRPC code (and so their HTTP status) with the one table in errors.ts; route
 * handlers reach this through server/http/route-procedure.ts. A unique
 * violation no service mapped (a race its checks did not foresee) is still a conflict, never a 500:
 * logged so the service can be taught the precise message.
 */
const mapDomainErrors = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) throw new TRPCError({ code: domainErrorTrpcCode[cause.code], cause });
  const constraint = uniqueViolation(cause);
  if (constraint !== null) {
    logInfo("unmapped unique violation", { path, constraint, correlationId: ctx.actor.correlationId });
    throw new TRPCError({ code: "CONFLICT", cause: new DomainError("CONFLICT") });
  }
  return result;
});

/**
 * Every text input of every procedure, refused in one place before any procedure sees it: control
 * characters (NUL, which PostgreSQL refuses, above all) get a clear 400 and change nothing. A procedure
 * that audits every attempt still gets this one on record.
 */
const refuseControlCharacters = t.middleware(async ({ ctx, meta, path, getRawInput, next }) => {
  if (!containsControlCharacters(await getRawInput())) return next();
  if (meta?.auditedAttempt) {
    await recordAudit(ctx.db, {
      ...auditTrailOf(ctx.actor),
      action: meta.auditedAttempt,
      outcome: "denied",
      details: { refused: "CONTROL_CHARACTERS", procedure: path },
    });
  }
  throw new DomainError("CONTROL_CHARACTERS");
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapDomainErrors).use(refuseControlCharacters);

/** Any signed-in user. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  const { actor } = ctx;
  if (!actor.user) throw new DomainError("UNAUTHORIZED");
  return next({ ctx: { ...ctx, actor: { ...actor, user: actor.user } satisfies UserActor } });
});

/**
 * Visitors who are not signed in: registration and password reset. A signed-in citizen already has an
 * account (changing its password is a profile action), and staff never get a citizen account this way.
 */
export const guestProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.actor.user) throw new DomainError("FORBIDDEN");
  return next();
});

function requireRole(...allowed: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!ctx.actor.user.roles.some((r) => allowed.includes(r))) throw new DomainError("FORBIDDEN");
    return next();
  });
}

export const citizenProcedure = requireRole("citizen");
export const adminProcedure = requireRole("admin");
export const insurerProcedure = requireRole("insurer");

/**
 * Officers of the given roles (any officer role when none is named). Puts the officer's jurisdiction
 * on ctx.actor.scope; the loaders (loadXForActor) and list queries take it, so a query outside it cannot be
 * written without naming another scope.
 */
export function officerProcedure(...allowed: OfficerRole[]) {
  const roles: Role[] = allowed.length ? allowed : [...officerRoles];
  return requireRole(...roles).use(async ({ ctx, next }) => {
    const { actor } = ctx;
    if (actor.user.orgUnitId == null) throw new DomainError("FORBIDDEN");
    const scope = await loadJurisdiction(ctx.db, actor.user.orgUnitId);
    return next({ ctx: { ...ctx, actor: { ...actor, scope } satisfies OfficerActor } });
  });
}

/**
 * Unit supervisors (over their subtree) and admins (over the province): the oversight views such as the
 * metrics. Puts the jurisdiction on ctx.actor.scope like officerProcedure.
 */
export const oversightProcedure = requireRole("supervisor", "admin").use(async ({ ctx, next }) => {
  const { actor } = ctx;
  if (actor.user.roles.includes("admin")) {
    return next({
      ctx: { ...ctx, actor: { ...actor, scope: await loadProvinceJurisdiction(ctx.db) } satisfies OfficerActor },
    });
  }
  if (actor.user.orgUnitId == null) throw new DomainError("FORBIDDEN");
  return next({
    ctx: {
      ...ctx,
      actor: { ...actor, scope: await loadJurisdiction(ctx.db, actor.user.orgUnitId) } satisfies OfficerActor,
    },
  });
});

/** Who did it and from where, for the services that audit: spread into their parameters. */
export function actorOf(ctx: { actor: UserActor }) {
  return auditTrailOf(ctx.actor);
}
