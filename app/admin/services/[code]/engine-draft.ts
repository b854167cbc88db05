import {
  type AutoRuleKey,
  autoRuleKeys,
  type EngineConfig,
  type RegisterEffectKey,
  registerEffectKeys,
} from "@/server/applications/engine-config";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { parseYuan } from "@/server/money/parse-yuan";

export type StepDraft = { title: string; titleEn: string; slaDays: string };
/** A fact's source as one select value: "from:applicant_name" or "field:fatherName". */
export type FactDraft = { label: string; labelEn: string; source: string };

/** The editor's state: numbers as typed, every kind's settings kept so switching kinds back loses nothing. */
export type EngineDraft = {
  applicant: EngineConfig["applicant"];
  unitType: EngineConfig["handler"]["unitType"];
  decisionKind: EngineConfig["decision"]["kind"];
  rule: AutoRuleKey;
  appointmentService: string;
  steps: StepDraft[];
  outcomeKind: EngineConfig["outcome"]["kind"];
  effect: RegisterEffectKey;
  templateTitle: string;
  templateTitleEn: string;
  validDays: string;
  facts: FactDraft[];
  anonymousAllowed: boolean;
  emergencyBanner: boolean;
  window: boolean;
  post: boolean;
  postage: string;
};

const stepDraft = (s: { title: string; titleEn: string; slaDays: number }): StepDraft => ({
  title: s.title,
  titleEn: s.titleEn,
  slaDays: String(s.slaDays),
});

export function engineDraftOf(e: EngineConfig): EngineDraft {
  const d = e.decision;
  const o = e.outcome;
  const template = o.kind === "document" || o.kind === "window_visit" ? o.template : null;
  return {
    applicant: e.applicant,
    unitType: e.handler.unitType,
    decisionKind: d.kind,
    rule: d.kind === "auto" ? d.rule : autoRuleKeys[0],
    appointmentService: d.kind === "prereview_window" ? d.appointmentService : "",
    steps: (d.kind === "review" ? d.steps : d.review).map(stepDraft),
    outcomeKind: o.kind,
    effect: o.kind === "register_change" ? o.effect : registerEffectKeys[0],
    templateTitle: template?.title ?? "",
    templateTitleEn: template?.titleEn ?? "",
    validDays: template?.validDays === undefined ? "" : String(template.validDays),
    facts: (template?.facts ?? []).map((f) => ({
      label: f.label,
      labelEn: f.labelEn,
      source: "field" in f.source ? `field:${f.source.field}` : `from:${f.source.from}`,
    })),
    anonymousAllowed: o.kind === "record" ? o.anonymousAllowed : false,
    emergencyBanner: o.kind === "record" ? o.emergencyBanner : false,
    window: e.delivery.window,
    post: e.delivery.post.allowed,
    postage: e.delivery.post.allowed ? fenToYuan(e.delivery.post.postageFen, { short: true }) : "",
  };
}

/** Whole numbers as typed; anything else becomes NaN, which the schema reports at its field. */
const count = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);
const step = (s: StepDraft | undefined) => ({
  title: s?.title ?? "",
  titleEn: s?.titleEn ?? "",
  slaDays: count(s?.slaDays ?? ""),
});

/**
 * The configuration the draft stands for, unchecked: validateServiceConfig judges it and names each
 * problem by its path in this object, which the editor maps back to its controls.
 */
export function engineOf(d: EngineDraft): unknown {
  const decision =
    d.decisionKind === "auto"
      ? { kind: "auto", rule: d.rule, review: [step(d.steps[0])] }
      : d.decisionKind === "review"
        ? { kind: "review", steps: d.steps.map(step) }
        : { kind: "prereview_window", review: [step(d.steps[0])], appointmentService: d.appointmentService };
  const template = {
    title: d.templateTitle,
    titleEn: d.templateTitleEn,
    facts: d.facts.map((f) => ({
      label: f.label,
      labelEn: f.labelEn,
      source: f.source.startsWith("field:") ? { field: f.source.slice(6) } : { from: f.source.slice(5) },
    })),
    ...(d.validDays.trim() ? { validDays: count(d.validDays) } : {}),
  };
  const outcome =
    d.outcomeKind === "document" || d.outcomeKind === "window_visit"
      ? { kind: d.outcomeKind, template }
      : d.outcomeKind === "register_change"
        ? { kind: "register_change", effect: d.effect }
        : { kind: "record", anonymousAllowed: d.anonymousAllowed, emergencyBanner: d.emergencyBanner };
  return {
    version: 1,
    applicant: d.applicant,
    handler: { unitType: d.unitType },
    decision,
    outcome,
    delivery: {
      window: d.window,
      post: d.post ? { allowed: true, postageFen: parseYuan(d.postage.trim()) ?? -1 } : { allowed: false },
    },
  };
}

/**
 * Where the draft's control for an engine path is: review steps sit under `steps` whatever the decision
 * kind calls them, so one set of step controls serves all three.
 */
export function draftPathOf(enginePath: string): string {
  return enginePath
    .replace(/^decision\.(?:steps|review)\./, "steps.")
    .replace(/^outcome\.template\.facts\./, "facts.")
    .replace(/^outcome\.template\.title$/, "templateTitle")
    .replace(/^outcome\.template\.titleEn$/, "templateTitleEn")
    .replace(/^outcome\.template\.validDays$/, "validDays")
    .replace(/^delivery\.post\.postageFen$/, "postage")
    .replace(/^decision\.appointmentService$/, "appointmentService")
    .replace(/^decision\.rule$/, "rule")
    .replace(/^decision\.kind$/, "decisionKind")
    .replace(/^outcome\.kind$/, "outcomeKind")
    .replace(/^outcome\.effect$/, "effect")
    .replace(/^handler\.unitType$/, "unitType");
}
