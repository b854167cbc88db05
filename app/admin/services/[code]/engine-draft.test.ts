import { describe, expect, it } from "vitest";
import type { EngineConfig } from "@/server/applications/engine-config";
import { blankServiceTemplate, blankTemplateKeys } from "@/server/catalog/service-templates";
import { draftPathOf, engineDraftOf, engineOf } from "./engine-draft";

describe("engine draft", () => {
  it.each(blankTemplateKeys)("gives back the configuration it was made from (%s)", (key) => {
    const { engine } = blankServiceTemplate(key, "CR003");
    expect(engineOf(engineDraftOf(engine))).toEqual(engine);
  });

  it("reads postage in yuan and validity in days, and keeps what does not parse for the check to report", () => {
    const engine: EngineConfig = {
      ...blankServiceTemplate("station_review").engine,
      delivery: { window: true, post: { allowed: true, postageFen: 1250 } },
    };
    const draft = engineDraftOf(engine);
    expect(draft.postage).toBe("12.50");
    draft.postage = "12.5";
    draft.validDays = "30";
    draft.steps[0]!.slaDays = "七";
    const out = engineOf(draft) as EngineConfig;
    expect(out.delivery.post).toEqual({ allowed: true, postageFen: 1250 });
    expect(out.outcome).toMatchObject({ template: { validDays: 30 } });
    expect(out.decision).toMatchObject({ steps: [{ slaDays: Number.NaN }] });
    draft.postage = "12.505";
    expect((engineOf(draft) as EngineConfig).delivery.post).toEqual({ allowed: true, postageFen: -1 });
  });

  it("maps each engine path to the control that edits it", () => {
    expect(draftPathOf("decision.review.0.slaDays")).toBe("steps.0.slaDays");
    expect(draftPathOf("decision.steps.1.title")).toBe("steps.1.title");
    expect(draftPathOf("outcome.template.facts.2.source.field")).toBe("facts.2.source.field");
    expect(draftPathOf("delivery.post.postageFen")).toBe("postage");
    expect(draftPathOf("decision.kind")).toBe("decisionKind");
    expect(draftPathOf("outcome.kind")).toBe("outcomeKind");
  });
});
