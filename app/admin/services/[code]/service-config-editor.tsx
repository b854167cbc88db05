"use client";

import { useMutation } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import type { z } from "zod";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import {
  autoRuleKeys,
  deskUnitTypes,
  type EngineConfig,
  registerEffectKeys,
} from "@/server/applications/engine-config";
import { jsonPathLines, jsonSyntaxErrorLine } from "@/server/catalog/json-path-lines";
import { validateServiceConfig } from "@/server/catalog/validate-service-config";
import type { FormSchema } from "@/server/applications/form-schema";
import { schemaFields } from "@/server/applications/form-schema";
import { draftPathOf, type EngineDraft, engineDraftOf, engineOf, type StepDraft } from "./engine-draft";
import { ServiceConfigPreview } from "./service-config-preview";

const handlerTypes = ["station", "county_bureau", ...deskUnitTypes] as const;
const factFroms = ["applicant_name", "applicant_id_masked", "service_name", "application_number", "handling_unit"];

export type AppointmentOption = { code: string; name: string };

type FormProblem = { line: number | null; path: string; message: string };

/**
 * Edits how the engine handles a service — who, how decided, what comes out, how it reaches the citizen —
 * with structured controls, and its online form as JSON. The full check runs here before sending, so every
 * problem shows at its control or at its line of JSON; the preview beside it renders the form as the
 * citizen sees it and the route for a chosen place. Saved on top of the loaded version only.
 */
export function ServiceConfigEditor({
  code,
  version,
  engine,
  form,
  appointmentServices,
  justSaved,
}: {
  code: string;
  version: number;
  engine: EngineConfig;
  /** As stored, possibly not (yet) a valid form: shown as it is and judged by the check. */
  form: unknown;
  appointmentServices: AppointmentOption[];
  justSaved: boolean;
}) {
  const t = useTranslations("serviceConfig");
  const tv = useTranslations("serviceConfig.validation");
  const trpc = useTRPC();
  const router = useRouter();
  const baseId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<EngineDraft>(() => engineDraftOf(engine));
  const [formText, setFormText] = useState(() => JSON.stringify(form, null, 2));
  const [engineErrors, setEngineErrors] = useState<Record<string, string>>({});
  const [formProblems, setFormProblems] = useState<FormProblem[]>([]);
  const [notice, setNotice] = useState<"saved" | "unchanged" | "valid" | null>(justSaved ? "saved" : null);
  const context = useMemo(
    () => ({ appointmentServices: new Set(appointmentServices.map((a) => a.code)) }),
    [appointmentServices],
  );

  const save = useMutation(
    trpc.catalogAdmin.updateConfig.mutationOptions({
      onSuccess: (r) => {
        setNotice(r.changes.length ? "saved" : "unchanged");
        if (r.changes.length) router.replace(`?configSaved=${r.version}`, { scroll: false });
      },
      onError: () => summaryRef.current?.focus(),
    }),
  );
  const serverError = readTrpcError(save.error);

  const update = (patch: Partial<EngineDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setNotice(null);
  };
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    update({ steps: draft.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

  const localise = (issue: z.core.$ZodIssue): string => {
    if (issue.message.startsWith("i18n:serviceConfig.validation."))
      return tv(issue.message.slice("i18n:serviceConfig.validation.".length) as never);
    const bound = (issue as { maximum?: number | bigint; minimum?: number | bigint }).maximum;
    const floor = (issue as { minimum?: number | bigint }).minimum;
    const origin = (issue as { origin?: string }).origin;
    if (issue.code === "too_big" && bound !== undefined)
      return tv(origin === "array" ? "tooMany" : origin === "string" ? "tooLong" : "tooBig", { max: Number(bound) });
    if (issue.code === "too_small" && floor !== undefined)
      return origin === "string" && Number(floor) === 1
        ? tv("required")
        : tv(origin === "array" ? "tooFew" : origin === "string" ? "tooShort" : "tooSmall", { min: Number(floor) });
    if (issue.code === "unrecognized_keys")
      return tv("unknownKeys", { keys: (issue as { keys: string[] }).keys.join("、") });
    if (issue.code === "invalid_type") return tv("wrongType");
    return tv("invalid");
  };

  /** Parses the form text and runs the full check; null when it passes, with every problem shown. */
  const check = () => {
    let parsedForm: unknown;
    try {
      parsedForm = JSON.parse(formText);
    } catch (e) {
      const message = e instanceof Error ? e.message : "";
      setEngineErrors({});
      setFormProblems([{ line: jsonSyntaxErrorLine(formText, message), path: "", message: tv("jsonSyntax") }]);
      return null;
    }
    const config = { form: parsedForm, engine: engineOf(draft) };
    const result = validateServiceConfig(config, context);
    if (result.success) {
      setEngineErrors({});
      setFormProblems([]);
      return result.data;
    }
    const lines = jsonPathLines(formText);
    const engineFound: Record<string, string> = {};
    const formFound: FormProblem[] = [];
    for (const issue of result.error.issues) {
      const [part, ...rest] = issue.path.map(String);
      const path = rest.join(".");
      if (part === "engine") engineFound[draftPathOf(path)] ??= localise(issue);
      else formFound.push({ line: lines.get(path) ?? null, path, message: localise(issue) });
    }
    setEngineErrors(engineFound);
    setFormProblems(formFound);
    return null;
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    save.reset();
    const config = check();
    if (!config) return summaryRef.current?.focus();
    save.mutate({
      code,
      expectedVersion: version,
      config: config as unknown as { form: Record<string, unknown>; engine: Record<string, unknown> },
    });
  };

  const previewForm = useMemo((): FormSchema | null => {
    try {
      const parsed = JSON.parse(formText) as FormSchema;
      return Array.isArray(parsed?.sections) && parsed.sections.every((s) => Array.isArray(s?.fields)) ? parsed : null;
    } catch {
      return null;
    }
  }, [formText]);
  // The text may be half-typed: only entries that already have a key can be offered as a fact's source.
  const formFieldKeys = previewForm
    ? schemaFields(previewForm)
        .map((f) => (f as { key?: unknown } | null)?.key)
        .filter((k): k is string => typeof k === "string")
    : [];

  const fieldId = (path: string) => `${baseId}-${path.replace(/\./g, "-")}`;
  const errorFor = (path: string) =>
    engineErrors[path] ?? Object.entries(engineErrors).find(([k]) => k.startsWith(`${path}.`))?.[1];
  const control = (
    path: string,
    label: string,
    render: (p: { id: string; invalid: boolean; describedBy?: string }) => React.ReactNode,
    hint?: string,
  ) => {
    const id = fieldId(path);
    const error = errorFor(path);
    return (
      <Field id={id} label={label} hint={hint} error={error} announceError={false}>
        {(props) => render({ id, invalid: Boolean(error), describedBy: props["aria-describedby"] })}
      </Field>
    );
  };
  const text = (path: string, label: string, value: string, set: (v: string) => void, hint?: string) =>
    control(
      path,
      label,
      ({ id, invalid, describedBy }) => (
        <Input
          id={id}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => set(e.target.value)}
        />
      ),
      hint,
    );
  const select = (
    path: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
    set: (v: string) => void,
    empty?: string,
  ) =>
    control(path, label, ({ id, invalid, describedBy }) => (
      <Select
        id={id}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => set(e.target.value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    ));
  const checkbox = (label: string, checked: boolean, set: (v: boolean) => void) => (
    <label className="flex min-h-tap items-center gap-3">
      <input type="checkbox" className="size-5" checked={checked} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );

  const stepCount = draft.decisionKind === "review" ? Math.min(draft.steps.length, 2) : 1;
  const steps = draft.steps.slice(0, stepCount);
  const hasTemplate = draft.outcomeKind === "document" || draft.outcomeKind === "window_visit";
  const errorCount = Object.keys(engineErrors).length + formProblems.length;
  const formErrorId = `${baseId}-form-errors`;

  return (
    <section aria-labelledby={`${baseId}-title`} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id={`${baseId}-title`} className="text-xl font-bold">
          {t("title")}
        </h2>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] xl:items-start">
        <form noValidate onSubmit={submit} className="flex min-w-0 flex-col gap-6">
          <div ref={summaryRef} tabIndex={-1} className="flex flex-col gap-3 outline-none">
            {notice ? <Alert variant="success">{t(`notice.${notice}`)}</Alert> : null}
            {serverError?.code === "CONFLICT" ? (
              <Alert variant="destructive">
                <p>{t("conflict")}</p>
                <Button size="sm" variant="outline" className="mt-2" onClick={() => window.location.reload()}>
                  {t("reload")}
                </Button>
              </Alert>
            ) : errorCount ? (
              <Alert variant="destructive">{t("invalid", { count: errorCount })}</Alert>
            ) : serverError ? (
              <Alert variant="destructive">
                <p>{serverError.message}</p>
                {Object.keys(serverError.fields).length ? (
                  <ul className="mt-2 list-disc ps-5">
                    {Object.entries(serverError.fields).map(([path, message]) => (
                      <li key={path}>
                        <code>{path}</code>：{message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Alert>
            ) : null}
          </div>

          <fieldset className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4">
            <legend className="px-1 text-lg font-semibold">{t("handler.legend")}</legend>
            <div className="grid gap-4 md:grid-cols-2">
              {select(
                "applicant",
                t("handler.applicant"),
                draft.applicant,
                (["person", "organisation"] as const).map((a) => ({ value: a, label: t(`applicants.${a}`) })),
                (v) => update({ applicant: v as EngineDraft["applicant"] }),
              )}
              {select(
                "unitType",
                t("handler.unitType"),
                draft.unitType,
                handlerTypes.map((u) => ({ value: u, label: t(`unitTypes.${u}`) })),
                (v) => update({ unitType: v as EngineDraft["unitType"] }),
              )}
            </div>
          </fieldset>

          <fieldset className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4">
            <legend className="px-1 text-lg font-semibold">{t("decision.legend")}</legend>
            {select(
              "decisionKind",
              t("decision.kind"),
              draft.decisionKind,
              (["auto", "review", "prereview_window"] as const).map((k) => ({
                value: k,
                label: t(`decisionKinds.${k}`),
              })),
              (v) => update({ decisionKind: v as EngineDraft["decisionKind"] }),
            )}
            {draft.decisionKind === "auto"
              ? select(
                  "rule",
                  t("decision.rule"),
                  draft.rule,
                  autoRuleKeys.map((k) => ({ value: k, label: t(`rules.${k}`) })),
                  (v) => update({ rule: v as EngineDraft["rule"] }),
                )
              : null}
            {draft.decisionKind === "prereview_window"
              ? select(
                  "appointmentService",
                  t("decision.appointmentService"),
                  draft.appointmentService,
                  appointmentServices.map((a) => ({ value: a.code, label: `${a.code} ${a.name}` })),
                  (v) => update({ appointmentService: v }),
                  t("choose"),
                )
              : null}
            <ol className="flex flex-col gap-4">
              {steps.map((s, i) => (
                <li key={i} className="flex flex-col gap-3 rounded-md border border-border p-3">
                  <h3 className="font-semibold">
                    {draft.decisionKind === "review"
                      ? t("decision.step", { n: i + 1 })
                      : t(draft.decisionKind === "auto" ? "decision.referStep" : "decision.prereviewStep")}
                  </h3>
                  <div className="grid gap-3 md:grid-cols-3">
                    {text(`steps.${i}.title`, t("decision.stepTitle"), s.title, (v) => setStep(i, { title: v }))}
                    {text(`steps.${i}.titleEn`, t("decision.stepTitleEn"), s.titleEn, (v) =>
                      setStep(i, { titleEn: v }),
                    )}
                    {control(`steps.${i}.slaDays`, t("decision.slaDays"), ({ id, invalid, describedBy }) => (
                      <Input
                        id={id}
                        inputMode="numeric"
                        value={s.slaDays}
                        aria-invalid={invalid || undefined}
                        aria-describedby={describedBy}
                        onChange={(e) => setStep(i, { slaDays: e.target.value })}
                      />
                    ))}
                  </div>
                </li>
              ))}
            </ol>
            {draft.decisionKind === "review" ? (
              stepCount === 1 ? (
                <Button
                  variant="secondary"
                  className="self-start"
                  onClick={() =>
                    update({
                      steps: [
                        steps[0]!,
                        draft.steps[1] ?? { title: "县局审批", titleEn: "County approval", slaDays: "5" },
                      ],
                    })
                  }
                >
                  <Plus aria-hidden="true" />
                  {t("decision.addApproval")}
                </Button>
              ) : (
                <Button variant="ghost" className="self-start" onClick={() => update({ steps: [steps[0]!] })}>
                  <Trash2 aria-hidden="true" />
                  {t("decision.removeApproval")}
                </Button>
              )
            ) : null}
          </fieldset>

          <fieldset className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4">
            <legend className="px-1 text-lg font-semibold">{t("outcome.legend")}</legend>
            {select(
              "outcomeKind",
              t("outcome.kind"),
              draft.outcomeKind,
              (["document", "register_change", "record", "window_visit"] as const).map((k) => ({
                value: k,
                label: t(`outcomeKinds.${k}`),
              })),
              (v) => update({ outcomeKind: v as EngineDraft["outcomeKind"] }),
            )}
            {draft.outcomeKind === "register_change"
              ? select(
                  "effect",
                  t("outcome.effect"),
                  draft.effect,
                  registerEffectKeys.map((k) => ({ value: k, label: t(`effects.${k}`) })),
                  (v) => update({ effect: v as EngineDraft["effect"] }),
                )
              : null}
            {draft.outcomeKind === "record" ? (
              <div className="flex flex-col gap-1">
                {checkbox(t("outcome.anonymousAllowed"), draft.anonymousAllowed, (v) =>
                  update({ anonymousAllowed: v }),
                )}
                {checkbox(t("outcome.emergencyBanner"), draft.emergencyBanner, (v) => update({ emergencyBanner: v }))}
              </div>
            ) : null}
            {hasTemplate ? (
              <>
                <div className="grid gap-4 md:grid-cols-3">
                  {text("templateTitle", t("outcome.templateTitle"), draft.templateTitle, (v) =>
                    update({ templateTitle: v }),
                  )}
                  {text("templateTitleEn", t("outcome.templateTitleEn"), draft.templateTitleEn, (v) =>
                    update({ templateTitleEn: v }),
                  )}
                  {text(
                    "validDays",
                    t("outcome.validDays"),
                    draft.validDays,
                    (v) => update({ validDays: v }),
                    t("outcome.validDaysHint"),
                  )}
                </div>
                <h3 className="font-semibold">{t("outcome.facts")}</h3>
                {errorFor("facts") && !draft.facts.length ? (
                  <p className="text-sm font-medium text-destructive">{errorFor("facts")}</p>
                ) : null}
                <ol className="flex flex-col gap-3">
                  {draft.facts.map((f, i) => {
                    const setFact = (patch: Partial<typeof f>) =>
                      update({ facts: draft.facts.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                    const sources = [
                      ...factFroms.map((k) => ({ value: `from:${k}`, label: t(`factSources.${k}`) })),
                      ...formFieldKeys.map((k) => ({ value: `field:${k}`, label: t("factSources.field", { key: k }) })),
                    ];
                    if (!sources.some((s) => s.value === f.source))
                      sources.push({ value: f.source, label: t("factSources.field", { key: f.source.slice(6) }) });
                    return (
                      <li
                        key={i}
                        className="grid gap-3 rounded-md border border-border p-3 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end"
                      >
                        {text(`facts.${i}.label`, t("outcome.factLabel"), f.label, (v) => setFact({ label: v }))}
                        {text(`facts.${i}.labelEn`, t("outcome.factLabelEn"), f.labelEn, (v) =>
                          setFact({ labelEn: v }),
                        )}
                        {select(`facts.${i}.source`, t("outcome.factSource"), f.source, sources, (v) =>
                          setFact({ source: v }),
                        )}
                        <Button
                          variant="ghost"
                          aria-label={t("outcome.removeFactLabel", { n: i + 1 })}
                          onClick={() => update({ facts: draft.facts.filter((_, j) => j !== i) })}
                        >
                          <Trash2 aria-hidden="true" />
                          {t("outcome.removeFact")}
                        </Button>
                      </li>
                    );
                  })}
                </ol>
                <Button
                  variant="secondary"
                  className="self-start"
                  onClick={() =>
                    update({ facts: [...draft.facts, { label: "", labelEn: "", source: "from:applicant_name" }] })
                  }
                >
                  <Plus aria-hidden="true" />
                  {t("outcome.addFact")}
                </Button>
              </>
            ) : null}
          </fieldset>

          <fieldset className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4">
            <legend className="px-1 text-lg font-semibold">{t("delivery.legend")}</legend>
            {checkbox(t("delivery.window"), draft.window, (v) => update({ window: v }))}
            {checkbox(t("delivery.post"), draft.post, (v) => update({ post: v }))}
            {errorFor("delivery") ? (
              <p className="text-sm font-medium text-destructive">{errorFor("delivery")}</p>
            ) : null}
            {draft.post
              ? text(
                  "postage",
                  t("delivery.postage"),
                  draft.postage,
                  (v) => update({ postage: v }),
                  t("delivery.postageHint"),
                )
              : null}
          </fieldset>

          <fieldset className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4">
            <legend className="px-1 text-lg font-semibold">{t("form.legend")}</legend>
            <Field id={`${baseId}-form`} label={t("form.json")} hint={t("form.hint")} announceError={false}>
              {(props) => (
                <Textarea
                  id={props.id}
                  rows={18}
                  spellCheck={false}
                  className="font-mono text-sm"
                  value={formText}
                  aria-invalid={formProblems.length ? true : undefined}
                  aria-describedby={[props["aria-describedby"], formProblems.length ? formErrorId : null]
                    .filter(Boolean)
                    .join(" ")}
                  onChange={(e) => {
                    setFormText(e.target.value);
                    setNotice(null);
                  }}
                />
              )}
            </Field>
            {formProblems.length ? (
              <ul id={formErrorId} className="flex list-disc flex-col gap-1 ps-5 text-sm font-medium text-destructive">
                {formProblems.map((p, i) => (
                  <li key={i}>
                    {p.line === null ? null : t("form.atLine", { line: p.line })}
                    {p.path ? <code className="mx-1">{p.path}</code> : null}
                    {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </fieldset>

          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? t("saving") : t("save")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                if (check()) setNotice("valid");
                else summaryRef.current?.focus();
              }}
            >
              {t("check")}
            </Button>
          </div>
        </form>
        <ServiceConfigPreview form={previewForm} engine={engineOf(draft)} appointmentServices={appointmentServices} />
      </div>
    </section>
  );
}
