"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import type { z } from "zod";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { Field } from "@/components/ui/field";
import type { ServiceGuide } from "@/db/schema";
import { type ServiceEdit, serviceEditSchema } from "@/server/catalog/service-edit-schema";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { parseYuan } from "@/server/money/parse-yuan";

type Step = { id: string; title: string; detail: string };
type Material = {
  id: string;
  key: string;
  name: string;
  description: string;
  required: boolean;
  originalAtWindow: boolean;
  sampleFile: string;
};
type Fee = { id: string; item: string; amount: string; basis: string };

/** The form's own state: lists keep a stable id per row, amounts are typed in yuan, lists of lines are text. */
type Draft = {
  name: string;
  nameEn: string;
  summary: string;
  synonyms: string;
  maintenance: boolean;
  eligibility: string;
  steps: Step[];
  materials: Material[];
  fees: Fee[];
  timeLimitDays: string;
  timeLimitNote: string;
  window: string;
  legalBasis: string;
  notes: string;
};

export type EditableService = {
  code: string;
  version: number;
  name: string;
  nameEn: string;
  summary: string;
  synonyms: string[];
  maintenance: boolean;
  guide: ServiceGuide;
};

let rowSeq = 0;
const rowId = () => `row-${++rowSeq}`;

/** "12.5" → 1250; anything that is not an amount becomes -1, which the schema reports as a bad amount. */
const fenOf = (yuan: string) => parseYuan(yuan.trim()) ?? -1;

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

function draftOf(s: EditableService): Draft {
  const g = s.guide;
  return {
    name: s.name,
    nameEn: s.nameEn,
    summary: s.summary,
    synonyms: s.synonyms.join("\n"),
    maintenance: s.maintenance,
    eligibility: g.eligibility,
    steps: g.steps.map((x) => ({ id: rowId(), ...x })),
    materials: g.materials.map((m) => ({
      id: rowId(),
      key: m.key,
      name: m.name,
      description: m.description,
      required: m.required,
      originalAtWindow: m.originalAtWindow ?? false,
      sampleFile: m.sampleFile ?? "",
    })),
    fees: g.fees.map((f) => ({
      id: rowId(),
      item: f.item,
      amount: fenToYuan(f.amountFen, { short: true }),
      basis: f.basis ?? "",
    })),
    timeLimitDays: g.timeLimitDays === null ? "" : String(g.timeLimitDays),
    timeLimitNote: g.timeLimitNote,
    window: g.window,
    legalBasis: g.legalBasis.join("\n"),
    notes: (g.notes ?? []).join("\n"),
  };
}

function editOf(d: Draft): ServiceEdit {
  const days = d.timeLimitDays.trim();
  return {
    name: d.name,
    nameEn: d.nameEn,
    summary: d.summary,
    synonyms: lines(d.synonyms),
    maintenance: d.maintenance,
    guide: {
      eligibility: d.eligibility,
      steps: d.steps.map(({ title, detail }) => ({ title, detail })),
      materials: d.materials.map((m) => ({
        key: m.key,
        name: m.name,
        description: m.description,
        required: m.required,
        ...(m.sampleFile ? { sampleFile: m.sampleFile } : {}),
        ...(m.originalAtWindow ? { originalAtWindow: true } : {}),
      })),
      fees: d.fees.map((f) => ({
        item: f.item,
        amountFen: fenOf(f.amount),
        ...(f.basis.trim() ? { basis: f.basis } : {}),
      })),
      timeLimitDays: days === "" ? null : /^\d+$/.test(days) ? Number(days) : 0,
      timeLimitNote: d.timeLimitNote,
      window: d.window,
      legalBasis: lines(d.legalBasis),
      notes: lines(d.notes),
    },
  };
}

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/**
 * Edits a service's texts, guide and materials. The shared schema runs here first, so each problem shows
 * beside its field in the admin's language; the server checks the same schema (and the sample files)
 * again, and refuses the save if someone else saved since this form was loaded.
 */
export function ServiceEditForm({
  service,
  samples,
  justSaved,
}: {
  service: EditableService;
  samples: { file: string; title: string }[];
  /** This version was saved by this admin a moment ago: the form is new (keyed by version), the notice stays. */
  justSaved: boolean;
}) {
  const t = useTranslations("catalogAdmin.form");
  const tv = useTranslations("catalogAdmin.validation");
  const trpc = useTRPC();
  const router = useRouter();
  const baseId = useId();
  const [draft, setDraft] = useState(() => draftOf(service));
  const [version, setVersion] = useState(service.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ kind: "saved" | "unchanged"; version: number } | null>(
    justSaved ? { kind: "saved", version: service.version } : null,
  );
  const summaryRef = useRef<HTMLDivElement>(null);
  const save = useMutation(
    trpc.catalogAdmin.update.mutationOptions({
      onSuccess: (r) => {
        setVersion(r.version);
        setNotice({ kind: r.changes.length ? "saved" : "unchanged", version: r.version });
        // The new version remounts the form with the saved data; the address carries the notice across.
        if (r.changes.length) router.replace(`?saved=${r.version}`, { scroll: false });
      },
      onError: (e) => {
        const read = readTrpcError(e);
        if (read) setErrors(read.fields);
        summaryRef.current?.focus();
      },
    }),
  );
  const serverError = readTrpcError(save.error);
  const conflict = serverError?.code === "CONFLICT";

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setNotice(null);
  };
  const localise = (issue: z.core.$ZodIssue): string => {
    if (issue.message.startsWith("i18n:catalogAdmin.validation."))
      return tv(issue.message.slice("i18n:catalogAdmin.validation.".length) as never);
    if (issue.code === "too_big") {
      const max = Number((issue as { maximum: number | bigint }).maximum);
      return (issue as { origin: string }).origin === "array" ? tv("tooMany", { max }) : tv("tooLong", { max });
    }
    return tv("invalid");
  };
  const errorFor = (path: string) =>
    errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];
  const fieldId = (path: string) => `${baseId}-${path.replace(/\./g, "-")}`;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNotice(null);
    save.reset();
    const edit = editOf(draft);
    const parsed = serviceEditSchema.safeParse(edit);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[issue.path.join(".")] ??= localise(issue);
      setErrors(found);
      summaryRef.current?.focus();
      return;
    }
    setErrors({});
    save.mutate({ code: service.code, expectedVersion: version, edit });
  };

  const errorCount = Object.keys(errors).length;
  const field = (
    path: string,
    label: string,
    control: (p: { id: string; invalid: boolean; describedBy?: string }) => React.ReactNode,
    hint?: string,
  ) => {
    const id = fieldId(path);
    const error = errorFor(path);
    return (
      <Field id={id} label={label} hint={hint} error={error} announceError={false}>
        {(props) => control({ id, invalid: Boolean(error), describedBy: props["aria-describedby"] })}
      </Field>
    );
  };
  const text = (
    path: string,
    label: string,
    value: string,
    set: (v: string) => void,
    opts: { multiline?: boolean; hint?: string; rows?: number } = {},
  ) =>
    field(
      path,
      label,
      ({ id, invalid, describedBy }) =>
        opts.multiline ? (
          <Textarea
            id={id}
            rows={opts.rows ?? 3}
            value={value}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <Input
            id={id}
            value={value}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => set(e.target.value)}
          />
        ),
      opts.hint,
    );
  const rowTools = (item: string, index: number, count: number, onMove: (to: number) => void, onRemove: () => void) => (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={index === 0}
        aria-label={t("moveUpLabel", { item })}
        onClick={() => onMove(index - 1)}
      >
        <ArrowUp aria-hidden="true" />
        {t("moveUp")}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={index === count - 1}
        aria-label={t("moveDownLabel", { item })}
        onClick={() => onMove(index + 1)}
      >
        <ArrowDown aria-hidden="true" />
        {t("moveDown")}
      </Button>
      <Button size="sm" variant="ghost" aria-label={t("removeLabel", { item })} onClick={onRemove}>
        <Trash2 aria-hidden="true" />
        {t("remove")}
      </Button>
    </div>
  );

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-6">
      <div ref={summaryRef} tabIndex={-1} className="flex flex-col gap-3 outline-none">
        {notice ? (
          <Alert variant="success">
            {notice.kind === "saved" ? t("saved", { version: notice.version }) : t("unchanged")}
          </Alert>
        ) : null}
        {conflict ? (
          <Alert variant="destructive">
            <p>{t("conflict")}</p>
            <Button size="sm" variant="outline" className="mt-2" onClick={() => window.location.reload()}>
              {t("reload")}
            </Button>
          </Alert>
        ) : errorCount ? (
          <Alert variant="destructive">{t("invalid", { count: errorCount })}</Alert>
        ) : serverError ? (
          <Alert variant="destructive">{serverError.message}</Alert>
        ) : null}
      </div>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4">
        <legend className="px-1 text-lg font-semibold">{t("basics")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          {text("name", t("name"), draft.name, (v) => update({ name: v }))}
          {text("nameEn", t("nameEn"), draft.nameEn, (v) => update({ nameEn: v }))}
        </div>
        {text("summary", t("summary"), draft.summary, (v) => update({ summary: v }), { multiline: true, rows: 2 })}
        {text("synonyms", t("synonyms"), draft.synonyms, (v) => update({ synonyms: v }), {
          multiline: true,
          hint: t("synonymsHint"),
        })}
        <label className="flex min-h-tap items-center gap-3">
          <input
            type="checkbox"
            className="size-5"
            checked={draft.maintenance}
            onChange={(e) => update({ maintenance: e.target.checked })}
          />
          {t("maintenance")}
        </label>
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4">
        <legend className="px-1 text-lg font-semibold">{t("guide")}</legend>
        {text("guide.eligibility", t("eligibility"), draft.eligibility, (v) => update({ eligibility: v }), {
          multiline: true,
          rows: 4,
        })}

        <fieldset className="flex flex-col gap-3">
          <legend className="font-semibold">{t("steps")}</legend>
          {errorFor("guide.steps") && !draft.steps.length ? (
            <p className="text-sm font-medium text-destructive">{errorFor("guide.steps")}</p>
          ) : null}
          <ol className="flex flex-col gap-3">
            {draft.steps.map((step, i) => {
              const item = t("step", { n: i + 1 });
              const set = (patch: Partial<Step>) =>
                update({ steps: draft.steps.map((s) => (s.id === step.id ? { ...s, ...patch } : s)) });
              return (
                <li key={step.id} className="flex flex-col gap-3 rounded-md border border-border p-3">
                  <p className="font-medium">{item}</p>
                  {text(`guide.steps.${i}.title`, t("stepTitle"), step.title, (v) => set({ title: v }))}
                  {text(`guide.steps.${i}.detail`, t("stepDetail"), step.detail, (v) => set({ detail: v }), {
                    multiline: true,
                    rows: 2,
                  })}
                  {rowTools(
                    item,
                    i,
                    draft.steps.length,
                    (to) => update({ steps: move(draft.steps, i, to) }),
                    () => update({ steps: draft.steps.filter((s) => s.id !== step.id) }),
                  )}
                </li>
              );
            })}
          </ol>
          <Button
            variant="outline"
            className="self-start"
            onClick={() => update({ steps: [...draft.steps, { id: rowId(), title: "", detail: "" }] })}
          >
            <Plus aria-hidden="true" />
            {t("addStep")}
          </Button>
        </fieldset>

        <fieldset className="flex flex-col gap-3">
          <legend className="font-semibold">{t("materials")}</legend>
          <ol className="flex flex-col gap-3">
            {draft.materials.map((m, i) => {
              const item = m.name ? `${t("material", { n: i + 1 })}（${m.name}）` : t("material", { n: i + 1 });
              const set = (patch: Partial<Material>) =>
                update({ materials: draft.materials.map((x) => (x.id === m.id ? { ...x, ...patch } : x)) });
              return (
                <li key={m.id} className="flex flex-col gap-3 rounded-md border border-border p-3">
                  <p className="font-medium">{item}</p>
                  <div className="grid gap-3 md:grid-cols-2">
                    {text(`guide.materials.${i}.name`, t("materialName"), m.name, (v) => set({ name: v }))}
                    {text(`guide.materials.${i}.key`, t("materialKey"), m.key, (v) => set({ key: v }), {
                      hint: t("materialKeyHint"),
                    })}
                  </div>
                  {text(
                    `guide.materials.${i}.description`,
                    t("materialDescription"),
                    m.description,
                    (v) => set({ description: v }),
                    {
                      multiline: true,
                      rows: 2,
                    },
                  )}
                  {field(`guide.materials.${i}.sampleFile`, t("materialSample"), ({ id, invalid, describedBy }) => (
                    <Select
                      id={id}
                      value={m.sampleFile}
                      aria-invalid={invalid || undefined}
                      aria-describedby={describedBy}
                      onChange={(e) => set({ sampleFile: e.target.value })}
                    >
                      <option value="">{t("noSample")}</option>
                      {samples.some((s) => s.file === m.sampleFile) || !m.sampleFile ? null : (
                        <option value={m.sampleFile}>{m.sampleFile}</option>
                      )}
                      {samples.map((s) => (
                        <option key={s.file} value={s.file}>
                          {s.title}
                        </option>
                      ))}
                    </Select>
                  ))}
                  <div className="flex flex-wrap gap-x-6 gap-y-2">
                    <label className="flex min-h-tap items-center gap-3">
                      <input
                        type="checkbox"
                        className="size-5"
                        checked={m.required}
                        onChange={(e) => set({ required: e.target.checked })}
                      />
                      {t("materialRequired")}
                    </label>
                    <label className="flex min-h-tap items-center gap-3">
                      <input
                        type="checkbox"
                        className="size-5"
                        checked={m.originalAtWindow}
                        onChange={(e) => set({ originalAtWindow: e.target.checked })}
                      />
                      {t("materialOriginal")}
                    </label>
                  </div>
                  {rowTools(
                    item,
                    i,
                    draft.materials.length,
                    (to) => update({ materials: move(draft.materials, i, to) }),
                    () => update({ materials: draft.materials.filter((x) => x.id !== m.id) }),
                  )}
                </li>
              );
            })}
          </ol>
          <Button
            variant="outline"
            className="self-start"
            onClick={() =>
              update({
                materials: [
                  ...draft.materials,
                  {
                    id: rowId(),
                    key: "",
                    name: "",
                    description: "",
                    required: true,
                    originalAtWindow: false,
                    sampleFile: "",
                  },
                ],
              })
            }
          >
            <Plus aria-hidden="true" />
            {t("addMaterial")}
          </Button>
        </fieldset>

        <fieldset className="flex flex-col gap-3">
          <legend className="font-semibold">{t("fees")}</legend>
          <ol className="flex flex-col gap-3">
            {draft.fees.map((f, i) => {
              const item = t("fee", { n: i + 1 });
              const set = (patch: Partial<Fee>) =>
                update({ fees: draft.fees.map((x) => (x.id === f.id ? { ...x, ...patch } : x)) });
              return (
                <li key={f.id} className="flex flex-col gap-3 rounded-md border border-border p-3">
                  <p className="font-medium">{item}</p>
                  <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_10rem]">
                    {text(`guide.fees.${i}.item`, t("feeItem"), f.item, (v) => set({ item: v }))}
                    {field(`guide.fees.${i}.amountFen`, t("feeAmount"), ({ id, invalid, describedBy }) => (
                      <Input
                        id={id}
                        inputMode="decimal"
                        value={f.amount}
                        aria-invalid={invalid || undefined}
                        aria-describedby={describedBy}
                        onChange={(e) => set({ amount: e.target.value })}
                      />
                    ))}
                  </div>
                  {text(`guide.fees.${i}.basis`, t("feeBasis"), f.basis, (v) => set({ basis: v }), {
                    multiline: true,
                    rows: 2,
                  })}
                  {rowTools(
                    item,
                    i,
                    draft.fees.length,
                    (to) => update({ fees: move(draft.fees, i, to) }),
                    () => update({ fees: draft.fees.filter((x) => x.id !== f.id) }),
                  )}
                </li>
              );
            })}
          </ol>
          <Button
            variant="outline"
            className="self-start"
            onClick={() => update({ fees: [...draft.fees, { id: rowId(), item: "", amount: "0", basis: "" }] })}
          >
            <Plus aria-hidden="true" />
            {t("addFee")}
          </Button>
        </fieldset>

        <div className="grid gap-4 md:grid-cols-[12rem_minmax(0,1fr)]">
          {field(
            "guide.timeLimitDays",
            t("timeLimitDays"),
            ({ id, invalid, describedBy }) => (
              <Input
                id={id}
                inputMode="numeric"
                value={draft.timeLimitDays}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                onChange={(e) => update({ timeLimitDays: e.target.value })}
              />
            ),
            t("timeLimitDaysHint"),
          )}
          {text("guide.timeLimitNote", t("timeLimitNote"), draft.timeLimitNote, (v) => update({ timeLimitNote: v }), {
            multiline: true,
            rows: 3,
          })}
        </div>
        {text("guide.window", t("window"), draft.window, (v) => update({ window: v }))}
        {text("guide.legalBasis", t("legalBasis"), draft.legalBasis, (v) => update({ legalBasis: v }), {
          multiline: true,
          rows: 4,
          hint: t("legalBasisHint"),
        })}
        {text("guide.notes", t("notes"), draft.notes, (v) => update({ notes: v }), {
          multiline: true,
          rows: 3,
          hint: t("notesHint"),
        })}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
