import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, type ApplicationState, type Role, users } from "@/db/schema";
import type { OfficerActor } from "@/server/accounts/actor";
import type { OfficerRole } from "@/server/accounts/session-user";
import { DomainError } from "@/server/errors";
import { inScope } from "@/server/orgs/scope";
import { activeAssignee } from "./active-assignment";
import { type ApplicationAction, canTransition, type ProcessingMode, transitionFor } from "./application-transitions";
import { type EngineActor, lockApplication } from "./apply-transition";
import { type ApplicationService, loadService } from "./load-application";

/** What an officer action answers: the new state and the version the next action must name. */
export type DeskActionResult = { id: string; state: ApplicationState; version: number };

export type OpenedApplication = {
  application: Application;
  service: ApplicationService;
  actor: Extract<EngineActor, { kind: "officer" }>;
};

/**
 * The role an officer acts in for `action`: one they hold that the state machine allows now, else one
 * the action names at all (so the engine answers "not in this state" rather than "not your job").
 */
export function actingRole(
  action: ApplicationAction,
  app: Application,
  mode: ProcessingMode,
  roles: readonly Role[],
): OfficerRole {
  const allowed = roles.filter((r): r is OfficerRole =>
    (transitionFor(action).actors as readonly string[]).includes(r),
  );
  const role = allowed.find((r) => canTransition(action, app.state, mode, r)) ?? allowed[0];
  if (!role) throw new DomainError("FORBIDDEN");
  return role;
}

/**
 * The first step of every officer action on an application, inside the action's transaction: locks the
 * row, then refuses what the officer may not touch — another jurisdiction, an action outside their roles,
 * an item a colleague has assigned to themselves — before the engine checks version and state.
 */
export async function loadApplicationForActor(
  tx: Tx,
  p: { applicationId: string; officer: OfficerActor; action: ApplicationAction; now?: Date },
): Promise<OpenedApplication> {
  const now = p.now ?? new Date();
  const application = await lockApplication(tx, p.applicationId);
  // Drafts have no station yet: to an officer they do not exist.
  if (!application?.stationPath) throw new DomainError("NOT_FOUND");
  if (!inScope(p.officer.scope, application.stationPath)) throw new DomainError("OUT_OF_JURISDICTION");

  const service = await loadService(tx, application.serviceId);

  const role = actingRole(p.action, application, service.mode, p.officer.user.roles);
  const holder = activeAssignee(application, now);
  if (holder && holder !== p.officer.user.id) {
    const [other] = await tx.select({ name: users.name }).from(users).where(eq(users.id, holder));
    throw new DomainError("APPLICATION_LOCKED", { officer: other?.name ?? "" });
  }
  return {
    application,
    service,
    actor: {
      kind: "officer",
      userId: p.officer.user.id,
      role,
      scope: p.officer.scope,
      ip: p.officer.ip,
      correlationId: p.officer.correlationId,
    },
  };
}
