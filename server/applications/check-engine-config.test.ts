import { describe, expect, it } from "vitest";
import { checkEngineConfig } from "./check-engine-config";
import type { EngineConfig } from "./engine-config";
import { field, form, section } from "./form-families";

const catalogue = [
  { code: "ZH009", kind: "appointment" },
  { code: "ZA029", kind: "handle" },
];
const theForm = form([section("a", "甲", "A", [field("purpose", "text", "用途", "Purpose", { required: true })])]);
const step = { title: "派出所审核", titleEn: "Station review", slaDays: 5 };
const template = {
  title: "证明",
  titleEn: "Certificate",
  facts: [{ label: "用途", labelEn: "Purpose", source: { field: "purpose" } }],
};
const base: EngineConfig = {
  version: 1,
  applicant: "person",
  handler: { unitType: "station" },
  decision: { kind: "review", steps: [step] },
  outcome: { kind: "document", template },
  delivery: { window: true, post: { allowed: false } },
};
const check = (engine: unknown) => checkEngineConfig(theForm, engine, catalogue);
const problems = (engine: unknown) => {
  const r = check(engine);
  return r.ok ? "" : r.problems.join("; ");
};

describe("checkEngineConfig", () => {
  it("accepts a sound configuration and returns it parsed", () => {
    expect(check(base)).toEqual({ ok: true, engine: base });
  });

  it("refuses what the stored shape refuses, with the path", () => {
    expect(problems({ ...base, handler: { unitType: "traffic" } })).toMatch(/^handler\.unitType/);
    expect(problems({ ...base, decision: { kind: "auto", rule: "made_up", review: [step] } })).toMatch(/decision/);
    expect(problems({ ...base, extra: 1 })).not.toBe("");
  });

  it("refuses a document fact read from a field the form lacks", () => {
    const facts = [{ label: "去向", labelEn: "Destination", source: { field: "destination" } }];
    expect(problems({ ...base, outcome: { kind: "document", template: { ...template, facts } } })).toMatch(
      /destination, which the form lacks/,
    );
  });

  it("books window-only services on a real appointment service and ends them at the window", () => {
    const prereview = { kind: "prereview_window", review: [step], appointmentService: "ZH009" };
    const atWindow = { kind: "window_visit", template };
    expect(check({ ...base, decision: prereview, outcome: atWindow }).ok).toBe(true);
    expect(problems({ ...base, decision: { ...prereview, appointmentService: "ZH099" }, outcome: atWindow })).toMatch(
      /not in the catalogue/,
    );
    expect(problems({ ...base, decision: { ...prereview, appointmentService: "ZA029" }, outcome: atWindow })).toMatch(
      /not a bookable/,
    );
    expect(problems({ ...base, decision: prereview })).toMatch(/ends at the window/);
    expect(problems({ ...base, outcome: atWindow })).toMatch(/follows only a pre-review/);
  });

  it("works records by review, with nothing to post", () => {
    const record = { kind: "record", anonymousAllowed: true, emergencyBanner: false };
    expect(check({ ...base, outcome: record }).ok).toBe(true);
    const auto = { kind: "auto", rule: "formal_filing", review: [step] };
    expect(problems({ ...base, decision: auto, outcome: record })).toMatch(/worked by review/);
    const post = { window: true, post: { allowed: true, postageFen: 1500 } };
    expect(problems({ ...base, outcome: record, delivery: post })).toMatch(/nothing to post/);
  });

  it("keeps register changes to fitting applicants and units", () => {
    const household = { kind: "register_change", effect: "household" };
    expect(check({ ...base, outcome: household }).ok).toBe(true);
    expect(problems({ ...base, applicant: "organisation", outcome: household })).toMatch(/organisation cannot/);
    expect(problems({ ...base, handler: { unitType: "county_bureau" }, outcome: household })).toMatch(
      /made by the police station/,
    );
  });

  it("refuses a delivery with no way to receive the result", () => {
    expect(problems({ ...base, delivery: { window: false, post: { allowed: false } } })).toMatch(/neither/);
  });
});
