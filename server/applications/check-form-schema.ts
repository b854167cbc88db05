import { type FormField, type FormSchema, type StationRoute, schemaFields } from "@/server/household/form-schema";

function routesOf(schema: FormSchema): { route: StationRoute; when?: string }[] {
  const r = schema.routing;
  if (r.kind !== "choice") return [{ route: r }];
  return Object.entries(r.map).map(([when, route]) => ({ route, when }));
}

/**
 * What is wrong with a form schema, as readable sentences (empty when it is sound): unique keys labelled in
 * both languages, options only on choice fields and register rules only on resident fields, conditions on
 * earlier choice fields with values they offer, and a routing that names a required field of the right type
 * shown whenever it applies. The seed's forms and an admin's edits pass the same checks.
 */
export function checkFormSchema(schema: FormSchema): string[] {
  const problems: string[] = [];
  const fields = schemaFields(schema);
  if (fields.length === 0) problems.push("the form has no fields");
  if (new Set(fields.map((f) => f.key)).size !== fields.length) problems.push("field keys repeat");
  if (new Set(schema.sections.map((s) => s.key)).size !== schema.sections.length) problems.push("section keys repeat");

  fields.forEach((f, i) => {
    if (!/^[a-z][A-Za-z0-9]*$/.test(f.key)) problems.push(`${f.key}: key is not camelCase`);
    if (!f.label.trim() || !f.labelEn.trim()) problems.push(`${f.key}: label missing in a language`);
    if (Boolean(f.hint) !== Boolean(f.hintEn)) problems.push(`${f.key}: hint in one language only`);
    const isChoice = f.type === "select" || f.type === "radio";
    if (Boolean(f.options?.length) !== isChoice) problems.push(`${f.key}: options belong to choice fields only`);
    if (f.options && new Set(f.options.map((o) => o.value)).size !== f.options.length)
      problems.push(`${f.key}: option values repeat`);
    if ((f.sex || f.statuses || f.household) && f.type !== "resident")
      problems.push(`${f.key}: register rules on a non-resident field`);
    if (f.format && f.type !== "text") problems.push(`${f.key}: format on a non-text field`);
    if (f.dateRule && f.type !== "date") problems.push(`${f.key}: date rule on a non-date field`);
    if (f.showIf) {
      const controlIndex = fields.findIndex((c) => c.key === f.showIf!.field);
      if (controlIndex < 0 || controlIndex >= i) problems.push(`${f.key}: condition on a field not before it`);
      const offered = fields[controlIndex]?.options?.map((o) => o.value) ?? [];
      if (f.showIf.in.length === 0) problems.push(`${f.key}: condition with no values`);
      for (const v of f.showIf.in) if (!offered.includes(v)) problems.push(`${f.key}: condition on ${v}, not offered`);
    }
  });

  const byKey = new Map<string, FormField>(fields.map((f) => [f.key, f]));
  if (schema.routing.kind === "choice") {
    const control = byKey.get(schema.routing.field);
    if (!control?.required || control.showIf) problems.push("routing choice is not a required, always shown field");
    const offered = control?.options?.map((o) => o.value).sort() ?? [];
    if (JSON.stringify(Object.keys(schema.routing.map).sort()) !== JSON.stringify(offered))
      problems.push("routing choice does not map exactly the options offered");
  }
  for (const { route, when } of routesOf(schema)) {
    if (route.kind === "applicant") continue;
    const target = byKey.get(route.field);
    const type = route.kind === "station_field" ? "station" : "resident";
    if (target?.type !== type || !target.required)
      problems.push(`routing field ${route.field} is not a required ${type}`);
    if (target?.showIf && (when === undefined || !target.showIf.in.includes(when)))
      problems.push(`routing field ${route.field} may be hidden when it applies`);
  }
  if (JSON.stringify(JSON.parse(JSON.stringify(schema))) !== JSON.stringify(schema))
    problems.push("the form does not survive a JSON round trip");
  return problems;
}
