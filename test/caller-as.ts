import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import type { OfficerActor } from "@/server/accounts/actor";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { loadJurisdiction } from "@/server/orgs/jurisdiction";
import { createCaller } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";

/** Whom a test calls as: a session user, any user row carrying its fields, or nobody (signed out). */
export type Who = Pick<SessionUser, "id" | "name" | "roles" | "orgUnitId"> | null;

export type CallerOptions = {
  /** The client's address, as one trusted proxy names it in X-Forwarded-For. */
  ip?: string;
  /** Further request headers (a cookie for the locale, a correlation id). */
  headers?: Record<string, string>;
};

/**
 * A tRPC caller for `who`, through the same createContext (and so the same ctx.actor) a request gets.
 * Only the session fields are taken from a row, so a test never smuggles extra context in.
 */
export function callerAs(db: Db, who: Who, options: CallerOptions = {}) {
  const user = who && sessionUserOf(who);
  const headers = new Headers(options.headers);
  if (options.ip) headers.set("x-forwarded-for", options.ip);
  return createCaller(createContext({ db, user, headers }));
}

/** The actor an officer's request would carry, for tests that call a desk service directly. */
export async function officerActorFor(
  db: Db,
  who: NonNullable<Who>,
  options: { ip?: string } = {},
): Promise<OfficerActor> {
  if (who.orgUnitId == null) throw new Error(`${who.name} has no unit`);
  return {
    user: sessionUserOf(who),
    scope: await loadJurisdiction(db, who.orgUnitId),
    ip: options.ip ?? null,
    userAgent: null,
    correlationId: randomUUID(),
  };
}

function sessionUserOf(who: NonNullable<Who>): SessionUser {
  return { id: who.id, name: who.name, roles: who.roles, orgUnitId: who.orgUnitId };
}

/** A caller for one of the seeded demo accounts, or a signed-out one for null. */
export async function callerAsDemo(db: Db, key: DemoAccountKey | null, options: CallerOptions = {}) {
  return callerAs(db, key ? await demoUserRow(db, key) : null, options);
}
