import { describe, expect, it } from "vitest";
import { checkFormSchema } from "@/server/applications/check-form-schema";
import { onlineHouseholdCodes } from "@/server/seed/catalog/household-services";
import { householdForms } from "./household-forms";

const entries = Object.entries(householdForms);

describe("household forms", () => {
  it("gives each of the 29 online household services a form, and no other service", () => {
    expect(Object.keys(householdForms).sort()).toEqual([...onlineHouseholdCodes].sort());
    expect(entries).toHaveLength(29);
  });

  it("survives a JSON round trip unchanged, so it can live in services.form_schema", () => {
    expect(JSON.parse(JSON.stringify(householdForms))).toEqual(householdForms);
  });

  it.each(entries)("%s: passes the form checks (keys, labels, options, conditions, routing)", (_code, schema) => {
    expect(checkFormSchema(schema)).toEqual([]);
  });
});
