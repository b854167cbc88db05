import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, type ApplicationState, applicationEvents, applications } from "@/db/schema";
import type { OfficerRole } from "@/server/accounts/session-user";
import { recordAudit } from "@/server/audit/record-audit";
import { addWorkingDays } from "@/server/dates/add-working-days";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";
import type { EngineConfig } from "@/server/applications/engine-config";
import { type ApplicationAction, canTransition, transitionFor } from "./application-transitions";
import type { ApplicationService } from "./load-application";

export type EngineActor =
  | { kind: "applicant"; userId: string }
  | { kind: "system" }
  | {
      kind: "officer";
      userId: string;
      role: OfficerRole;
      scope: Jurisdiction;
      ip?: string | null;
      correlationId?: string | null;
    };

/**
 * Working days the review step entered has before its SLA badge turns red: the first step of the service's
 * chain in station_review, the second in county_review; no one is due to act in other states.
 */
export function reviewSlaDays(engine: EngineConfig, state: ApplicationState): number | null {
  const steps = engine.decision.kind === "review" ? engine.decision.steps : engine.decision.review;
  if (state === "station_review") return steps[0].slaDays;
  if (state === "county_review") return steps[1]?.slaDays ?? null;
  return null;
}

/** The locked row, read inside the caller's transaction so no one else moves it meanwhile. */
export async function lockApplication(tx: Tx, applicationId: string): Promise<Application | undefined> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, applicationId)).for("update");
  return row;
}

/**
 * Moves one application along the state machine: checks the table (action, state, mode, actor), the
 * optimistic version, the officer's jurisdiction and a required comment; then updates the row, appends the
 * timeline event and an audit entry for officers, all in the caller's transaction. The caller queues the
 * citizen's SMS in the same transaction, so a message exists exactly when the move commits.
 */
export async function applyTransition(
  tx: Tx,
  p: {
    application: Application;
    service: Pick<ApplicationService, "mode" | "engine">;
    action: ApplicationAction;
    actor: EngineActor;
    expectedVersion?: number;
    comment?: string | null;
    details?: Record<string, unknown>;
    set?: Partial<Omit<typeof applications.$inferInsert, "id" | "state" | "version">>;
    now?: Date;
  },
): Promise<Application> {
  const app = p.application;
  const transition = transitionFor(p.action);
  const actorKey = p.actor.kind === "officer" ? p.actor.role : p.actor.kind;

  if (p.actor.kind === "applicant" && app.applicantId !== p.actor.userId) throw new DomainError("NOT_FOUND");
  if (p.actor.kind === "officer" && (!app.stationPath || !inScope(p.actor.scope, app.stationPath))) {
    throw new DomainError("OUT_OF_JURISDICTION");
  }
  if (p.expectedVersion !== undefined && p.expectedVersion !== app.version) {
    throw new DomainError("APPLICATION_STALE");
  }
  if (!canTransition(p.action, app.state, p.service.mode, actorKey)) {
    throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: p.action, state: app.state });
  }
  const comment = p.comment?.trim() || null;
  if (transition.commentRequired && !comment) {
    throw new DomainError("BAD_INPUT", {}, { comment: "application.commentRequired" });
  }

  const now = p.now ?? new Date();
  const slaDays = reviewSlaDays(p.service.engine, transition.to);
  const [updated] = await tx
    .update(applications)
    .set({
      ...p.set,
      state: transition.to,
      version: sql`${applications.version} + 1`,
      stateSince: now,
      dueAt: slaDays ? addWorkingDays(now, slaDays) : null,
      assignedTo: null,
      assignedAt: null,
      updatedAt: now,
    })
    .where(and(eq(applications.id, app.id), eq(applications.version, app.version)))
    .returning();
  if (!updated) throw new DomainError("APPLICATION_STALE");

  await tx.insert(applicationEvents).values({
    applicationId: app.id,
    action: p.action,
    fromState: app.state,
    toState: transition.to,
    actorId: p.actor.kind === "system" ? null : p.actor.userId,
    actorRole: actorKey,
    actorOrgUnitId: p.actor.kind === "officer" ? p.actor.scope.unitId : null,
    comment,
    details: p.details,
    at: now,
  });

  if (p.actor.kind === "officer") {
    await recordAudit(tx, {
      actor: { id: p.actor.userId, role: p.actor.role, orgUnitId: p.actor.scope.unitId },
      action: `application.${p.action}`,
      targetType: "application",
      targetId: app.id,
      subjectIdHash: app.applicantIdHash,
      details: { number: app.number, from: app.state, to: transition.to },
      ip: p.actor.ip,
      correlationId: p.actor.correlationId,
    });
  }
  return updated;
}
