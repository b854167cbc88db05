import { describe, expect, it } from "vitest";
import { dedicatedServicePages } from "@/server/applications/dedicated-service-pages";
import { validateServiceConfig } from "@/server/catalog/validate-service-config";
import { householdForms } from "@/server/household/household-forms";
import { catalogCategories } from "./catalog-categories";
import { engineConfigs } from "./engine-configs";
import { reportConfigs } from "./report-configs";

const catalogue = catalogCategories.flatMap((c) => c.services);
const handle = catalogue.filter((s) => s.kind === "handle");
const appointmentServices = new Set(catalogue.filter((s) => s.kind === "appointment").map((s) => s.code));
/** The reports and complaints, configured in report-configs.ts. */
const recordServices =
  "AJ002 AJ010 AJ014 AJ015 CR040 JJ050 JJ074 WA005 WA009 WA010 WA014 JD006 JS009 ZA040 ZA041 ZH002 ZH003 ZH004".split(
    " ",
  );

describe("engine configurations", () => {
  it("configure every 办理 service that has no page of its own, and nothing else", () => {
    const expected = handle
      .map((s) => s.code)
      .filter((c) => !dedicatedServicePages[c] && (!recordServices.includes(c) || reportConfigs[c]));
    expect(Object.keys(engineConfigs).sort()).toEqual(expected.sort());
    for (const code of Object.keys(dedicatedServicePages)) expect(handle.map((s) => s.code)).toContain(code);
  });

  it.each(Object.entries(engineConfigs))("%s: the form and the configuration pass their checks", (_code, config) => {
    const result = validateServiceConfig({ form: config.formSchema, engine: config.engine }, { appointmentServices });
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it("keeps the household services' forms and makes their changes in the register at the station", () => {
    for (const [code, form] of Object.entries(householdForms)) {
      const config = engineConfigs[code]!;
      expect(config.formSchema).toBe(form);
      expect(config.engine).toMatchObject({ handler: { unitType: "station" }, outcome: { effect: "household" } });
    }
    expect(engineConfigs.HZ023!.engine.decision).toMatchObject({ kind: "auto", rule: "hukou_book_reissue" });
    expect(engineConfigs.HZ019!.engine.decision).toMatchObject({ kind: "auto", rule: "address_detail_correction" });
    expect(engineConfigs.HZ001!.engine.decision).toMatchObject({ kind: "review", steps: [{}, {}] });
    expect(engineConfigs.HZ001!.engine.delivery.post.allowed).toBe(false);
    expect(engineConfigs.HZ023!.engine.delivery.post).toEqual({ allowed: true, postageFen: 1500 });
  });

  it("decides the services the issue names automatically, by their rule", () => {
    const rules: Record<string, string> = {
      JJ025: "licence_renewal",
      JJ026: "licence_reissue",
      JJ010: "vehicle_licence_reissue",
      JJ009: "plate_reissue",
      JJ012: "inspection_exemption_label",
      JJ038: "electronic_licence",
      CR028: "entry_exit_record_certificate",
      ZA029: "no_criminal_record_certificate",
      ZA022: "dog_annual_inspection",
      JJ019: "vehicle_owner_contact_change",
      ZA037: "special_trade_employee",
      ZA003: "formal_filing",
      ZA018: "formal_filing",
      JD002: "formal_filing",
      JD004: "formal_filing",
    };
    for (const [code, rule] of Object.entries(rules))
      expect(engineConfigs[code]!.engine.decision, code).toMatchObject({ kind: "auto", rule });
    expect(engineConfigs.JJ025!.engine.delivery.post.allowed).toBe(true);
  });

  it("sends the window-only services through an online pre-review and a booked slot", () => {
    const windowOnly = handle.filter((s) => s.mode === "window" && engineConfigs[s.code]);
    expect(windowOnly.length).toBeGreaterThan(40);
    for (const s of windowOnly) expect(engineConfigs[s.code]!.engine.decision.kind, s.code).toBe("prereview_window");
  });

  it("has special trade licences approved above the station", () => {
    for (const code of ["ZA001", "ZA004", "ZA005"])
      expect(engineConfigs[code]!.engine.decision).toMatchObject({
        kind: "review",
        steps: [{}, { title: "县级公安机关审批" }],
      });
  });
});
