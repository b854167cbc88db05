import type { FormSchema } from "@/server/household/form-schema";
import { schemaFields } from "@/server/household/form-schema";
import { type DocumentTemplate, type EngineConfig, engineConfigSchema } from "./engine-config";

export type CatalogServiceRef = { code: string; kind: string };

export type EngineConfigCheck = { ok: true; engine: EngineConfig } | { ok: false; problems: string[] };

/** Register changes that change a person's own record: an organisation cannot apply for them. */
const personalEffects = new Set(["household", "licence_renewal", "licence_reissue", "electronic_licence"]);

/**
 * Checks a service's engine configuration against its form and the catalogue, beyond the stored shape:
 * the facts a document prints come from fields the form has; a window-only service books a slot of a real
 * bookable service; a record outcome is reviewed (never decided by a rule or a window); a register change
 * fits the applicant. `catalogue` is the list of services (code and kind) the appointment must be one of.
 */
export function checkEngineConfig(
  form: FormSchema,
  engine: unknown,
  catalogue: readonly CatalogServiceRef[],
): EngineConfigCheck {
  const parsed = engineConfigSchema.safeParse(engine);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "engine"}: ${i.message}`) };
  const config = parsed.data;
  const problems: string[] = [];
  const keys = new Set(schemaFields(form).map((f) => f.key));

  const templateProblems = (template: DocumentTemplate) => {
    for (const fact of template.facts)
      if ("field" in fact.source && !keys.has(fact.source.field))
        problems.push(`outcome: the fact "${fact.label}" reads field ${fact.source.field}, which the form lacks`);
  };
  if (config.outcome.kind === "document" || config.outcome.kind === "window_visit")
    templateProblems(config.outcome.template);

  if (config.decision.kind === "prereview_window") {
    const code = config.decision.appointmentService;
    const service = catalogue.find((s) => s.code === code);
    if (!service) problems.push(`decision: appointment service ${code} is not in the catalogue`);
    else if (service.kind !== "appointment") problems.push(`decision: ${code} is not a bookable (appointment) service`);
    if (config.outcome.kind !== "window_visit" && config.outcome.kind !== "register_change")
      problems.push("outcome: a window-only service ends at the window (window_visit or register_change)");
  } else if (config.outcome.kind === "window_visit") {
    problems.push("outcome: a window visit follows only a pre-review with a booked slot");
  }

  if (config.outcome.kind === "record") {
    if (config.decision.kind !== "review") problems.push("decision: a record is worked by review steps");
    if (config.delivery.post.allowed) problems.push("delivery: a record has nothing to post");
  }

  if (config.outcome.kind === "register_change") {
    if (config.applicant === "organisation" && personalEffects.has(config.outcome.effect))
      problems.push(`outcome: ${config.outcome.effect} changes a person's record; an organisation cannot apply`);
    if (config.outcome.effect === "household" && config.handler.unitType !== "station")
      problems.push("handler: household register changes are made by the police station");
  }

  if (!config.delivery.window && !config.delivery.post.allowed)
    problems.push("delivery: neither window pickup nor post");

  return problems.length ? { ok: false, problems } : { ok: true, engine: config };
}
