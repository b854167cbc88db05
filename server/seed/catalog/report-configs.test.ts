import { describe, expect, it } from "vitest";
import { engineConfigSchema } from "@/server/applications/engine-config";
import { schemaFields } from "@/server/applications/form-schema";
import { catalogCategories } from "./catalog-categories";
import { reportConfigs } from "./report-configs";

const catalogue = new Map(catalogCategories.flatMap((c) => c.services).map((s) => [s.code, s]));

describe("reportConfigs", () => {
  it("configures the 18 report and complaint services of the catalogue, each handled online", () => {
    expect(Object.keys(reportConfigs).sort()).toEqual(
      [
        "AJ002",
        "AJ010",
        "AJ014",
        "AJ015",
        "CR040",
        "JJ050",
        "JJ074",
        "WA005",
        "WA009",
        "WA010",
        "WA014",
        "JD006",
        "JS009",
        "ZA040",
        "ZA041",
        "ZH002",
        "ZH003",
        "ZH004",
      ].sort(),
    );
    for (const code of Object.keys(reportConfigs)) expect(catalogue.get(code)?.kind, code).toBe("handle");
  });

  it.each(Object.entries(reportConfigs))(
    "%s: a valid record engine and a form routed by a required place",
    (code, c) => {
      expect(engineConfigSchema.safeParse(c.engine).success, code).toBe(true);
      expect(c.engine.outcome.kind).toBe("record");
      expect(c.engine.decision.kind).toBe("review");
      expect(c.formSchema.routing).toEqual({ kind: "station_field", field: "place" });
      const fields = schemaFields(c.formSchema);
      expect(fields.find((f) => f.key === "place")).toMatchObject({ type: "station", required: true });
      expect(fields.find((f) => f.key === "facts")).toMatchObject({ type: "textarea", required: true });
      expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    },
  );

  it("asks for a name where the law does, and shows the 110 banner only where help may be urgent", () => {
    const record = (code: string) => reportConfigs[code]!.engine.outcome;
    for (const code of ["AJ002", "ZH002", "ZH004", "JS009", "WA010"])
      expect(record(code), code).toMatchObject({ anonymousAllowed: false });
    for (const code of ["ZA040", "JD006", "WA005", "AJ010", "CR040"])
      expect(record(code), code).toMatchObject({ anonymousAllowed: true });
    const banners = Object.keys(reportConfigs).filter((code) => {
      const outcome = record(code);
      return outcome.kind === "record" && outcome.emergencyBanner;
    });
    expect(banners.sort()).toEqual(["AJ002", "AJ015"]);
  });

  it("routes each to the unit that handles its subject", () => {
    const unit = (code: string) => reportConfigs[code]!.engine.handler.unitType;
    expect(unit("ZH002")).toBe("inspection");
    expect(unit("JD006")).toBe("narcotics");
    expect(unit("WA005")).toBe("cyber");
    expect(unit("CR040")).toBe("exit_entry");
    expect(unit("JS009")).toBe("custody");
    expect(unit("AJ002")).toBe("station");
  });
});
