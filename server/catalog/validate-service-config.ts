import { z } from "zod";
import { type EngineConfig, engineConfigSchema } from "@/server/applications/engine-config";
import type { FormField, FormSchema, StationRoute } from "@/server/applications/form-schema";
import { noticeConfigSchema } from "@/server/notices/notice-config";
import { queryConfigSchema } from "@/server/queries/query-config";
import type { QuerySourceMeta } from "@/server/queries/query-source";
import { formSchemaSchema } from "./form-schema-schema";

export type ServiceConfig = { form: FormSchema; engine: EngineConfig };

/** What the configuration may name outside itself; the appointment services are those of kind "appointment". */
export type ServiceConfigContext = { appointmentServices: ReadonlySet<string> };

const msg = (key: string) => `i18n:serviceConfig.validation.${key}`;
type Ctx = z.core.$RefinementCtx<ServiceConfig>;
type Path = (string | number)[];

/** Register changes to a person's own record: an organisation cannot apply for them. */
const personalEffects = new Set(["household", "licence_renewal", "licence_reissue", "electronic_licence"]);

const isChoice = (f: FormField) => f.type === "select" || f.type === "radio";

function checkFields(form: FormSchema, ctx: Ctx) {
  const add = (path: Path, key: string) => ctx.addIssue({ code: "custom", path: ["form", ...path], message: msg(key) });
  const sectionKeys = new Set<string>();
  const seen = new Map<string, FormField>();
  form.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key)) add(["sections", s, "key"], "duplicateKey");
    sectionKeys.add(section.key);
    section.fields.forEach((f, i) => {
      const at = (...rest: Path): Path => ["sections", s, "fields", i, ...rest];
      if (seen.has(f.key)) add(at("key"), "duplicateKey");
      if (isChoice(f) !== Boolean(f.options)) add(at(f.options ? "options" : "type"), "optionsForChoice");
      const values = f.options?.map((o) => o.value) ?? [];
      if (new Set(values).size !== values.length) add(at("options"), "duplicateOption");
      if ((f.sex || f.statuses || f.household) && f.type !== "resident") add(at("type"), "residentOnly");
      if (f.format && f.type !== "text") add(at("format"), "textOnly");
      if (f.dateRule && f.type !== "date") add(at("dateRule"), "dateOnly");
      if (Boolean(f.hint) !== Boolean(f.hintEn)) add(at(f.hint ? "hintEn" : "hint"), "bothLanguages");
      // A condition may only look back at a choice made earlier, so the form reads top to bottom.
      if (f.showIf) {
        const control = seen.get(f.showIf.field);
        if (!control || !isChoice(control)) add(at("showIf", "field"), "showIfField");
        else {
          const offered = new Set(control.options?.map((o) => o.value));
          f.showIf.in.forEach((v, j) => {
            if (!offered.has(v)) add(at("showIf", "in", j), "showIfValue");
          });
        }
      }
      seen.set(f.key, f);
    });
  });
  return seen;
}

function checkRouting(form: FormSchema, fields: Map<string, FormField>, ctx: Ctx) {
  const add = (path: Path, key: string) =>
    ctx.addIssue({ code: "custom", path: ["form", "routing", ...path], message: msg(key) });
  const checkRoute = (route: StationRoute, path: Path, when?: string) => {
    if (route.kind === "applicant") return;
    const target = fields.get(route.field);
    const type = route.kind === "station_field" ? "station" : "resident";
    if (!target || target.type !== type || !target.required) add([...path, "field"], `route_${type}`);
    else if (target.showIf && (when === undefined || !target.showIf.in.includes(when)))
      add([...path, "field"], "routeHidden");
  };
  const r = form.routing;
  if (r.kind !== "choice") return checkRoute(r, []);
  const control = fields.get(r.field);
  if (!control || !isChoice(control) || !control.required || control.showIf) return add(["field"], "routeChoice");
  const offered = (control.options ?? []).map((o) => o.value).sort();
  if (JSON.stringify(Object.keys(r.map).sort()) !== JSON.stringify(offered)) add(["map"], "routeMap");
  for (const [when, route] of Object.entries(r.map)) checkRoute(route, ["map", when], when);
}

function checkEngine(
  { engine }: ServiceConfig,
  fields: Map<string, FormField>,
  context: ServiceConfigContext,
  ctx: Ctx,
) {
  const add = (path: Path, key: string) =>
    ctx.addIssue({ code: "custom", path: ["engine", ...path], message: msg(key) });
  const { outcome, decision } = engine;
  if (outcome.kind === "document" || outcome.kind === "window_visit") {
    outcome.template.facts.forEach((fact, i) => {
      if ("field" in fact.source && !fields.has(fact.source.field))
        add(["outcome", "template", "facts", i, "source", "field"], "unknownField");
    });
  }
  if (decision.kind === "prereview_window") {
    if (!context.appointmentServices.has(decision.appointmentService))
      add(["decision", "appointmentService"], "unknownAppointmentService");
    if (outcome.kind !== "window_visit" && outcome.kind !== "register_change")
      add(["outcome", "kind"], "prereviewEndsAtWindow");
  } else if (outcome.kind === "window_visit") add(["outcome", "kind"], "windowVisitAfterPrereview");
  // Reports and complaints are answered by officers, not decided, and their reply is never a letter.
  if (outcome.kind === "record") {
    if (decision.kind !== "review") add(["decision", "kind"], "recordByReview");
    if (engine.delivery.post.allowed) add(["delivery", "post", "allowed"], "recordNoPost");
  }
  if (outcome.kind === "register_change") {
    if (engine.applicant === "organisation" && personalEffects.has(outcome.effect))
      add(["applicant"], "personalEffect");
    if (outcome.effect === "household" && engine.handler.unitType !== "station")
      add(["handler", "unitType"], "householdAtStation");
  }
  // A report's replies are read online; every other outcome is something the citizen collects or receives.
  if (outcome.kind !== "record" && !engine.delivery.window && !engine.delivery.post.allowed)
    add(["delivery", "window"], "deliveryNone");
}

/**
 * The one check of a service's handling configuration, for the admin's edits and the seed alike: both parts
 * against their strict shapes (which already require a field in every section, camelCase keys, labels in
 * both languages and plain JSON values, so what passes survives being stored), then every reference and
 * rule between them — unique keys, conditions, the routing, document facts naming form fields, the
 * appointment service, which decisions lead to which outcomes, register changes fitting the applicant and
 * the unit, and a way to receive the result. Pure, so it runs in the admin's browser (to show each problem
 * at its line) and again on the server.
 */
export function validateServiceConfig(input: { form: unknown; engine: unknown }, context: ServiceConfigContext) {
  return z
    .strictObject({ form: formSchemaSchema, engine: engineConfigSchema })
    .superRefine((config, ctx) => {
      const fields = checkFields(config.form, ctx);
      checkRouting(config.form, fields, ctx);
      checkEngine(config, fields, context, ctx);
    })
    .safeParse(input);
}

/** What a query configuration may name outside itself: the register sources and the catalogue's services. */
export type QueryConfigContext = {
  sources: ReadonlyMap<string, Pick<QuerySourceMeta, "sensitive" | "nextSteps">>;
  services: ReadonlyMap<string, "handle" | "appointment" | "query" | "notice">;
};

/**
 * The one check of a 查询 service's configuration, for the admin's edits and the seed alike: the strict shape,
 * then a source that exists, a sensitive source never made insensitive, next steps the source can suggest,
 * leading to services that exist (booking only an appointment service). Pure, like validateServiceConfig.
 */
export function validateQueryConfig(input: unknown, context: QueryConfigContext) {
  return queryConfigSchema
    .superRefine((config, ctx) => {
      if (config.kind !== "source") return;
      const add = (path: Path, key: string) => ctx.addIssue({ code: "custom", path, message: msg(key) });
      const source = context.sources.get(config.source);
      if (!source) return add(["source"], "unknownQuerySource");
      if (source.sensitive && !config.sensitive) add(["sensitive"], "sensitiveSource");
      for (const [step, target] of Object.entries(config.nextSteps)) {
        if (!(step in source.nextSteps)) add(["nextSteps", step], "unknownNextStep");
        const kind = context.services.get(target.service);
        if (!kind) add(["nextSteps", step, "service"], "unknownService");
        else if (target.via === "book" && kind !== "appointment") add(["nextSteps", step, "via"], "bookAppointment");
      }
      config.scope?.codes?.forEach((code, i) => {
        if (!context.services.has(code)) add(["scope", "codes", i], "unknownService");
      });
    })
    .safeParse(input);
}

/**
 * The one check of a 公示 board's configuration, for the admin's edits and the seed alike: the strict shape (at
 * least one publishing unit type, periods in whole days), then each unit type named once and a shortest period
 * no longer than the longest. It names nothing outside itself, so it needs no context. Pure, like the others.
 */
export function validateNoticeConfig(input: unknown) {
  return noticeConfigSchema
    .superRefine((config, ctx) => {
      const add = (path: Path, key: string) => ctx.addIssue({ code: "custom", path, message: msg(key) });
      config.publishers.forEach((unitType, i) => {
        if (config.publishers.indexOf(unitType) !== i) add(["publishers", i], "duplicatePublisher");
      });
      if (config.periodDays.min > config.periodDays.max) add(["periodDays", "max"], "periodRange");
    })
    .safeParse(input);
}
