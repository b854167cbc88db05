import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";
import { modeOf } from "@/server/applications/engine-config";
import type { AuditActor } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { applyServiceChange, type ServiceChangeResult } from "./apply-service-change";
import { type ServiceConfigContext, validateServiceConfig } from "./validate-service-config";

/** The appointment services a window-only configuration may send citizens to book. */
export async function loadServiceConfigContext(db: Db): Promise<ServiceConfigContext> {
  const rows = await db.select({ code: services.code }).from(services).where(eq(services.kind, "appointment"));
  return { appointmentServices: new Set(rows.map((r) => r.code)) };
}

/**
 * Turns a failed configuration check into the one refusal forms read: each problem at its path
 * (`engine.decision.steps.0.slaDays`, `form.sections.1.fields.0.key`), a reference between the parts told
 * apart from a malformed value (a configuration that names nothing outside itself passes `custom` as
 * SERVICE_CONFIG_INVALID too). The editor shows the full message at the line before it ever sends.
 */
export function configRefusal(
  issues: readonly { path: PropertyKey[]; code: string }[],
  custom: "SERVICE_CONFIG_REFERENCE" | "SERVICE_CONFIG_INVALID" = "SERVICE_CONFIG_REFERENCE",
): DomainError {
  const fields: Record<string, string> = {};
  for (const issue of issues)
    fields[issue.path.map(String).join(".")] ??= issue.code === "custom" ? custom : "SERVICE_CONFIG_INVALID";
  return new DomainError("BAD_INPUT", {}, fields);
}

/** What an admin's save of one part of a service's configuration carries. */
export type ServiceConfigUpdate<Config = unknown> = {
  code: string;
  expectedVersion: number;
  config: Config;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * Refuses a configuration meant for another kind of service (a form for a notice, a board for a query) before
 * it is checked: NOT_FOUND for an unknown code, a `code` field problem otherwise.
 */
export async function assertServiceKind(
  db: Db,
  code: string,
  kind: "handle" | "query" | "notice",
  refusal: "SERVICE_CONFIG_NOT_HANDLE" | "SERVICE_CONFIG_NOT_QUERY" | "SERVICE_CONFIG_NOT_NOTICE",
): Promise<void> {
  const [service] = await db.select({ kind: services.kind }).from(services).where(eq(services.code, code));
  if (!service) throw new DomainError("NOT_FOUND");
  if (service.kind !== kind) throw new DomainError("BAD_INPUT", {}, { code: refusal });
}

/**
 * Saves a service's online form and handling configuration after the full check, on top of the version
 * the admin loaded; the processing mode follows from the decision rule, so it can never disagree with it.
 */
export async function updateServiceConfig(
  db: Db,
  p: ServiceConfigUpdate<{ form: unknown; engine: unknown }>,
): Promise<ServiceChangeResult> {
  // Only services applied for online have a form and an engine; the others are guides and bookings.
  await assertServiceKind(db, p.code, "handle", "SERVICE_CONFIG_NOT_HANDLE");
  const checked = validateServiceConfig(p.config, await loadServiceConfigContext(db));
  if (!checked.success) throw configRefusal(checked.error.issues);
  const { form, engine } = checked.data;
  return applyServiceChange(db, {
    code: p.code,
    expectedVersion: p.expectedVersion,
    action: "catalog.service_config_updated",
    actor: p.actor,
    ip: p.ip,
    correlationId: p.correlationId,
    change: (current) => ({
      ...current,
      mode: modeOf(engine.decision),
      formSchema: form as unknown as Record<string, unknown>,
      engine: engine as unknown as Record<string, unknown>,
    }),
  });
}
