import { describe, expect, it } from "vitest";
import { validateQueryConfig } from "@/server/catalog/validate-service-config";
import { querySourceMetas } from "@/server/queries/query-sources";
import { catalogCategories } from "./catalog-categories";
import { queryConfigs } from "./query-configs";

const catalogue = catalogCategories.flatMap((c) => c.services);
const context = { sources: querySourceMetas(), services: new Map(catalogue.map((s) => [s.code, s.kind])) };

describe("query configurations", () => {
  it("configure only 查询 services", () => {
    const queries = new Set(catalogue.filter((s) => s.kind === "query").map((s) => s.code));
    for (const code of Object.keys(queryConfigs)) expect(queries, code).toContain(code);
  });

  it.each(Object.entries(queryConfigs))("%s: the configuration passes its check", (_code, config) => {
    const result = validateQueryConfig(config, context);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it("refuses an unknown source, a sensitive source made insensitive and a booking of a non-appointment", () => {
    const sources = new Map([["src", { sensitive: true, nextSteps: { go: { name: "x", nameEn: "x" } } }]]);
    const services = new Map([["JJ039", "handle" as const]]);
    const issues = (config: unknown) =>
      validateQueryConfig(config, { sources, services }).error?.issues.map((i) => [i.path.join("."), i.message]);
    const base = { version: 1, kind: "source", source: "src", maintainer: "station", sensitive: true, nextSteps: {} };
    expect(issues(base)).toBeUndefined();
    expect(issues({ ...base, source: "nope" })).toEqual([
      ["source", "i18n:serviceConfig.validation.unknownQuerySource"],
    ]);
    expect(issues({ ...base, sensitive: false })).toEqual([
      ["sensitive", "i18n:serviceConfig.validation.sensitiveSource"],
    ]);
    expect(issues({ ...base, nextSteps: { go: { service: "JJ039", via: "book" } } })).toEqual([
      ["nextSteps.go.via", "i18n:serviceConfig.validation.bookAppointment"],
    ]);
    expect(issues({ ...base, nextSteps: { come: { service: "JJ999", via: "guide" } } })).toEqual([
      ["nextSteps.come", "i18n:serviceConfig.validation.unknownNextStep"],
      ["nextSteps.come.service", "i18n:serviceConfig.validation.unknownService"],
    ]);
  });
});
