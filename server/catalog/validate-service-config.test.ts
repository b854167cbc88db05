import { describe, expect, it } from "vitest";
import type { EngineConfig } from "@/server/applications/engine-config";
import { type FormSchema, schemaFields } from "@/server/applications/form-schema";
import { householdForms } from "@/server/household/household-forms";
import { diffService, type ServiceState } from "./diff-service";
import { jsonPathLines, jsonSyntaxErrorLine } from "./json-path-lines";
import { blankServiceTemplate, blankTemplateKeys } from "./service-templates";
import { messages } from "@/server/i18n/messages";
import { validateNoticeConfig, validateServiceConfig } from "./validate-service-config";

const context = { appointmentServices: new Set(["CR003"]) };
const { engine } = blankServiceTemplate("station_review");
const birth = householdForms.HZ001 as FormSchema;

function issuesOf(form: unknown, config: unknown = engine) {
  const result = validateServiceConfig({ form, engine: config }, context);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
}

describe("validateServiceConfig", () => {
  it.each(Object.entries(householdForms))("accepts the shipped form of %s", (_code, form) => {
    expect(issuesOf(form)).toEqual([]);
  });

  it.each(blankTemplateKeys)("accepts the blank template %s", (key) => {
    const t = blankServiceTemplate(key, "CR003");
    expect(issuesOf(t.form, t.engine)).toEqual([]);
  });

  it("refuses unknown properties and bad values in the engine at their path", () => {
    const bad = structuredClone(engine) as EngineConfig & { extra?: number };
    bad.extra = 1;
    if (bad.decision.kind === "review") bad.decision.steps[0].slaDays = 0;
    const issues = issuesOf(birth, bad);
    expect(issues.map(([p]) => p)).toEqual(expect.arrayContaining(["engine", "engine.decision.steps.0.slaDays"]));
  });

  it("finds duplicate keys, conditions on unknown values and routing to the wrong kind of field", () => {
    const form = structuredClone(
      Object.values(householdForms).find((f) => schemaFields(f).some((x) => x.showIf))!,
    ) as FormSchema;
    const fields = form.sections[0]!.fields;
    fields.push({ ...fields[0]!, showIf: undefined });
    const conditional = schemaFields(form).find((f) => f.showIf)!;
    conditional.showIf = { field: conditional.showIf!.field, in: ["no_such_value"] };
    form.routing = { kind: "station_field", field: fields[0]!.key };
    const issues = issuesOf(form);
    expect(issues).toContainEqual([
      `form.sections.0.fields.${fields.length - 1}.key`,
      "i18n:serviceConfig.validation.duplicateKey",
    ]);
    expect(issues.find(([, m]) => m === "i18n:serviceConfig.validation.showIfValue")?.[0]).toMatch(/showIf\.in\.0$/);
    expect(issues).toContainEqual(["form.routing.field", "i18n:serviceConfig.validation.route_station"]);
  });

  it("requires document facts to name form fields and the window appointment to be an appointment service", () => {
    const t = blankServiceTemplate("prereview_window", "HZ001");
    if (t.engine.outcome.kind !== "window_visit") throw new Error("template changed");
    t.engine.outcome.template.facts.push({ label: "事由", labelEn: "Reason", source: { field: "nosuch" } });
    expect(issuesOf(t.form, t.engine)).toEqual([
      ["engine.outcome.template.facts.5.source.field", "i18n:serviceConfig.validation.unknownField"],
      ["engine.decision.appointmentService", "i18n:serviceConfig.validation.unknownAppointmentService"],
    ]);
  });

  it("refuses a form with no field, a key that is not camelCase, a label in one language or a non-JSON value", () => {
    const { form } = blankServiceTemplate("station_review");
    const spoilt = (spoil: (f: FormSchema) => void) => {
      const f = structuredClone(form);
      spoil(f);
      return issuesOf(f);
    };
    const field = (f: FormSchema) => f.sections[0]!.fields[0]!;
    expect(spoilt((f) => (f.sections[0]!.fields = []))).toEqual([["form.sections.0.fields", expect.any(String)]]);
    expect(spoilt((f) => (field(f).key = "申请事由"))).toContainEqual([
      "form.sections.0.fields.0.key",
      "i18n:serviceConfig.validation.fieldKey",
    ]);
    expect(spoilt((f) => (field(f).labelEn = " "))).toEqual([
      ["form.sections.0.fields.0.labelEn", "i18n:serviceConfig.validation.required"],
    ]);
    expect(spoilt((f) => (field(f).maxLength = Infinity)).map(([p]) => p)).toEqual([
      "form.sections.0.fields.0.maxLength",
    ]);
  });

  it("ties each decision to the outcomes it can lead to", () => {
    const window = blankServiceTemplate("prereview_window", "CR003");
    const at = (path: string, key: string) => [path, `i18n:serviceConfig.validation.${key}`];
    expect(issuesOf(window.form, { ...window.engine, outcome: engine.outcome })).toEqual([
      at("engine.outcome.kind", "prereviewEndsAtWindow"),
    ]);
    expect(
      issuesOf(window.form, { ...window.engine, outcome: { kind: "register_change", effect: "licence_renewal" } }),
    ).toEqual([]);
    expect(issuesOf(window.form, { ...engine, outcome: window.engine.outcome })).toEqual([
      at("engine.outcome.kind", "windowVisitAfterPrereview"),
    ]);
    const record = { kind: "record", anonymousAllowed: true, emergencyBanner: false };
    const online = { window: false, post: { allowed: false } };
    expect(issuesOf(window.form, { ...engine, outcome: record, delivery: online })).toEqual([]);
    const auto = blankServiceTemplate("auto_filing");
    const post = { window: true, post: { allowed: true, postageFen: 1500 } };
    expect(issuesOf(auto.form, { ...auto.engine, outcome: record, delivery: post })).toEqual([
      at("engine.decision.kind", "recordByReview"),
      at("engine.delivery.post.allowed", "recordNoPost"),
    ]);
  });

  it("keeps register changes to fitting applicants and units, and offers a way to receive the result", () => {
    const at = (path: string, key: string) => [path, `i18n:serviceConfig.validation.${key}`];
    const household = { ...engine, outcome: { kind: "register_change", effect: "household" } };
    expect(issuesOf(birth, household)).toEqual([]);
    expect(issuesOf(birth, { ...household, applicant: "organisation" })).toEqual([
      at("engine.applicant", "personalEffect"),
    ]);
    const plates = {
      ...engine,
      applicant: "organisation",
      outcome: { kind: "register_change", effect: "inspection_label" },
    };
    expect(issuesOf(birth, plates)).toEqual([]);
    expect(issuesOf(birth, { ...household, handler: { unitType: "county_bureau" } })).toEqual([
      at("engine.handler.unitType", "householdAtStation"),
    ]);
    expect(issuesOf(birth, { ...engine, delivery: { window: false, post: { allowed: false } } })).toEqual([
      at("engine.delivery.window", "deliveryNone"),
    ]);
  });
});

describe("validateNoticeConfig", () => {
  const good = { version: 1, publishers: ["station", "bureau"], periodDays: { min: 7, max: 30 }, objections: true };
  const issues = (config: unknown) => {
    const result = validateNoticeConfig(config);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.code, i.message]);
  };

  it("accepts publishers of the org unit types, a period in whole days and the objections switch", () => {
    expect(issues(good)).toEqual([]);
    expect(issues({ ...good, publishers: ["vehicle_admin"], periodDays: { min: 180, max: 180 } })).toEqual([]);
  });

  it("refuses no publishers, a repeated one and a shortest period longer than the longest, each localised", () => {
    const bad = [
      ...issues({ ...good, publishers: [] }),
      ...issues({ ...good, publishers: ["station", "station"] }),
      ...issues({ ...good, periodDays: { min: 30, max: 7 } }),
    ];
    expect(bad).toEqual([
      ["publishers", "too_small", "i18n:serviceConfig.validation.noticePublishers"],
      ["publishers.1", "custom", "i18n:serviceConfig.validation.duplicatePublisher"],
      ["periodDays.max", "custom", "i18n:serviceConfig.validation.periodRange"],
    ]);
    for (const [, , message] of bad) {
      const key = message!.slice("i18n:serviceConfig.validation.".length);
      for (const locale of ["zh-CN", "en"] as const)
        expect((messages[locale].serviceConfig.validation as Record<string, string>)[key], locale).toBeTruthy();
    }
  });

  it("refuses an unknown unit type, a fractional or zero day, a missing switch and unknown properties", () => {
    expect(issues({ ...good, publishers: ["county_bureau"] }).map(([path]) => path)).toEqual(["publishers.0"]);
    expect(issues({ ...good, periodDays: { min: 0, max: 1.5 } }).map(([path]) => path)).toEqual([
      "periodDays.min",
      "periodDays.max",
    ]);
    expect(issues({ ...good, objections: undefined }).map(([path]) => path)).toEqual(["objections"]);
    expect(issues({ ...good, maxDays: 9 }).map(([, code]) => code)).toEqual(["unrecognized_keys"]);
    expect(issues(null)).not.toEqual([]);
  });
});

describe("jsonPathLines", () => {
  it("places each value at the line it was written on", () => {
    const text = JSON.stringify(birth, null, 2);
    const lines = jsonPathLines(text);
    const all = text.split("\n");
    const keyLine = lines.get("sections.0.fields.1.key")!;
    expect(all[keyLine - 1]).toContain(`"key": "${birth.sections[0]!.fields[1]!.key}"`);
    expect(all[lines.get("routing.kind")! - 1]).toContain('"kind"');
  });

  it("reads the line of a syntax error from either engine's message", () => {
    const text = '{\n  "a": 1,\n  "b": }';
    expect(jsonSyntaxErrorLine(text, "Unexpected token '}', ... is not valid JSON at position 19")).toBe(3);
    expect(jsonSyntaxErrorLine(text, "JSON.parse: unexpected character at line 3 column 8 of the JSON data")).toBe(3);
    expect(jsonSyntaxErrorLine(text, "bad")).toBeNull();
  });
});

describe("diffService: configuration parts", () => {
  const base: ServiceState = {
    name: "x",
    nameEn: "x",
    summary: "x",
    synonyms: [],
    enabled: true,
    maintenance: false,
    guide: blankServiceTemplate("station_review").guide,
    mode: "station",
    formSchema: birth as unknown as Record<string, unknown>,
    engine: engine as unknown as Record<string, unknown>,
  };
  it("names the engine part and the form section that changed", () => {
    const after = structuredClone(base);
    (after.engine!.decision as { steps: { slaDays: number }[] }).steps[0]!.slaDays = 9;
    const sections = after.formSchema!.sections as { key: string; title: string }[];
    sections[0]!.title = "新标题";
    expect(diffService(base, after).map((c) => c.field)).toEqual([
      "engine.decision",
      `form.sections.${sections[0]!.key}`,
    ]);
  });
});
