import { describe, expect, it } from "vitest";
import { onlineHouseholdCodes } from "@/server/seed/catalog/household-services";
import { type FormField, type FormSchema, type StationRoute, schemaFields } from "./form-schema";
import { householdForms } from "./household-forms";

const entries = Object.entries(householdForms);

function routesOf(schema: FormSchema): { route: StationRoute; when?: string }[] {
  const r = schema.routing;
  if (r.kind !== "choice") return [{ route: r }];
  return Object.entries(r.map).map(([when, route]) => ({ route, when }));
}

describe("household forms", () => {
  it("gives each of the 29 online household services a form, and no other service", () => {
    expect(Object.keys(householdForms).sort()).toEqual([...onlineHouseholdCodes].sort());
    expect(entries).toHaveLength(29);
  });

  it("survives a JSON round trip unchanged, so it can live in services.form_schema", () => {
    expect(JSON.parse(JSON.stringify(householdForms))).toEqual(householdForms);
  });

  it.each(entries)("%s: keys are unique and every field is labelled in both languages", (_code, schema) => {
    const fields = schemaFields(schema);
    expect(fields.length).toBeGreaterThan(0);
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    expect(new Set(schema.sections.map((s) => s.key)).size).toBe(schema.sections.length);
    for (const f of fields) {
      expect(f.key, f.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(f.label.trim(), f.key).not.toBe("");
      expect(f.labelEn.trim(), f.key).not.toBe("");
      expect(Boolean(f.hint), f.key).toBe(Boolean(f.hintEn));
    }
  });

  it.each(entries)("%s: options belong to choice fields, and register rules to resident fields", (_code, schema) => {
    for (const f of schemaFields(schema)) {
      const isChoice = f.type === "select" || f.type === "radio";
      expect(Boolean(f.options?.length), f.key).toBe(isChoice);
      if (f.options) expect(new Set(f.options.map((o) => o.value)).size, f.key).toBe(f.options.length);
      if (f.sex || f.statuses || f.household) expect(f.type, f.key).toBe("resident");
      if (f.format) expect(f.type, f.key).toBe("text");
      if (f.dateRule) expect(f.type, f.key).toBe("date");
    }
  });

  it.each(entries)("%s: every condition names an earlier choice field and values it offers", (_code, schema) => {
    const fields = schemaFields(schema);
    fields.forEach((f, i) => {
      if (!f.showIf) return;
      const controlIndex = fields.findIndex((c) => c.key === f.showIf!.field);
      expect(controlIndex, f.key).toBeGreaterThanOrEqual(0);
      expect(controlIndex, f.key).toBeLessThan(i);
      const control = fields[controlIndex]!;
      const offered = control.options?.map((o) => o.value) ?? [];
      expect(f.showIf.in.length, f.key).toBeGreaterThan(0);
      for (const v of f.showIf.in) expect(offered, `${f.key} ← ${v}`).toContain(v);
    });
  });

  it.each(entries)(
    "%s: the routing names a required field of the right type, shown whenever it applies",
    (_code, schema) => {
      const byKey = new Map<string, FormField>(schemaFields(schema).map((f) => [f.key, f]));
      if (schema.routing.kind === "choice") {
        const control = byKey.get(schema.routing.field);
        expect(control?.required).toBe(true);
        expect(control?.showIf).toBeUndefined();
        expect(Object.keys(schema.routing.map).sort()).toEqual(control?.options?.map((o) => o.value).sort());
      }
      for (const { route, when } of routesOf(schema)) {
        if (route.kind === "applicant") continue;
        const target = byKey.get(route.field);
        expect(target?.type).toBe(route.kind === "station_field" ? "station" : "resident");
        expect(target?.required).toBe(true);
        if (target?.showIf) {
          expect(when).toBeDefined();
          expect(target.showIf.in).toContain(when);
        }
      }
    },
  );
});
