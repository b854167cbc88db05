import type { AuditActor } from "@/server/audit/record-audit";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import type { SessionUser } from "./session-user";

/**
 * Who makes a request, built once per request by the procedure builders in server/trpc.ts: the signed-in
 * user (with their roles), the jurisdiction they act within, and where the request came from. Services
 * take it as it is; none rebuilds it from parts.
 */
export type Actor = {
  user: SessionUser | null;
  /** The subtree an officer (or a supervisor, or an admin over the province) acts within; null for everyone else. */
  scope: Jurisdiction | null;
  ip: string | null;
  userAgent: string | null;
  correlationId: string;
};

/** A signed-in actor: what authedProcedure and the role builders hand on. */
export type UserActor = Actor & { user: SessionUser };

/** An officer (or overseer) with their jurisdiction: what officerProcedure and oversightProcedure hand on. */
export type OfficerActor = UserActor & { scope: Jurisdiction };

type AuditedUser = Pick<SessionUser, "id" | "roles" | "orgUnitId">;
export type AuditTrail = { actor: AuditActor; ip: string | null; correlationId: string };

/** The actor columns of an audit entry: the one way a user becomes one. */
export function auditActorOf(user: AuditedUser): AuditActor & { id: string; role: string };
export function auditActorOf(user: AuditedUser | null | undefined): AuditActor;
export function auditActorOf(user: AuditedUser | null | undefined): AuditActor {
  return { id: user?.id ?? null, role: user?.roles.join(",") ?? null, orgUnitId: user?.orgUnitId ?? null };
}

/** Who did it and from where, as the services that audit take it: `{ actor, ip, correlationId }`. */
export function auditTrailOf(
  actor: Pick<UserActor, "user" | "ip" | "correlationId">,
): AuditTrail & { actor: { id: string } };
export function auditTrailOf(actor: Pick<Actor, "user" | "ip" | "correlationId">): AuditTrail;
export function auditTrailOf(actor: Pick<Actor, "user" | "ip" | "correlationId">): AuditTrail {
  return { actor: auditActorOf(actor.user), ip: actor.ip, correlationId: actor.correlationId };
}
