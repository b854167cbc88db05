import { describe, expect, it } from "vitest";
import { validateServiceConfig } from "@/server/catalog/validate-service-config";
import { catalogCategories } from "@/server/seed/catalog/catalog-categories";
import { engineConfigs } from "@/server/seed/catalog/engine-configs";
import { onlineHouseholdCodes } from "@/server/seed/catalog/household-services";
import { householdForms } from "./household-forms";

const entries = Object.entries(householdForms);
const appointmentServices = new Set(
  catalogCategories.flatMap((c) => c.services.filter((s) => s.kind === "appointment").map((s) => s.code)),
);

describe("household forms", () => {
  it("gives each of the 29 online household services a form, and no other service", () => {
    expect(Object.keys(householdForms).sort()).toEqual([...onlineHouseholdCodes].sort());
    expect(entries).toHaveLength(29);
  });

  it("survives a JSON round trip unchanged, so it can live in services.form_schema", () => {
    expect(JSON.parse(JSON.stringify(householdForms))).toEqual(householdForms);
  });

  it.each(entries)(
    "%s: passes the checks with its engine (keys, labels, options, conditions, routing)",
    (code, form) => {
      const result = validateServiceConfig({ form, engine: engineConfigs[code]?.engine }, { appointmentServices });
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    },
  );
});
