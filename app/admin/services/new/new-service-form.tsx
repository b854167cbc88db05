"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SelectField } from "@/components/ui/select-field";
import { blankTemplateKeys, type BlankTemplateKey } from "@/server/catalog/service-templates";

type Option = { code: string; name: string };
type TemplateChoice = BlankTemplateKey | "copy";

const codePattern = /^[A-Z]{2}\d{3}$/;

/**
 * The few things a new service needs before its pages exist: where it sits, its code and names, and what it
 * starts from. Everything else is edited on the service's own page afterwards, where the admin also enables it.
 */
export function NewServiceForm({
  categories,
  services,
  appointmentServices,
}: {
  categories: Option[];
  services: Option[];
  appointmentServices: Option[];
}) {
  const t = useTranslations("serviceConfig.create");
  const tv = useTranslations("serviceConfig.validation");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState({
    categoryCode: "",
    code: "",
    name: "",
    nameEn: "",
    summary: "",
    template: "station_review" as TemplateChoice,
    from: "",
    appointmentService: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation(
    trpc.catalogAdmin.create.mutationOptions({
      onSuccess: (r) => router.push(`/admin/services/${r.code}?created=1`),
      onError: (e) => {
        const read = readTrpcError(e);
        // The server names a blank window template's appointment service by its place in the engine.
        const fields = Object.fromEntries(
          Object.entries(read?.fields ?? {}).map(([k, v]) => [
            k === "engine.decision.appointmentService" ? "appointmentService" : k === "template.from" ? "from" : k,
            v,
          ]),
        );
        setErrors(fields);
        summaryRef.current?.focus();
      },
    }),
  );
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const serverError = readTrpcError(create.error);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.reset();
    const found: Record<string, string> = {};
    if (!draft.categoryCode) found.categoryCode = tv("required");
    if (!codePattern.test(draft.code.trim())) found.code = tv("serviceCode");
    for (const k of ["name", "nameEn", "summary"] as const) if (!draft[k].trim()) found[k] = tv("required");
    if (draft.template === "copy" && !draft.from) found.from = tv("required");
    if (draft.template === "prereview_window" && !draft.appointmentService) found.appointmentService = tv("required");
    setErrors(found);
    if (Object.keys(found).length) return summaryRef.current?.focus();
    create.mutate({
      categoryCode: draft.categoryCode,
      code: draft.code.trim(),
      name: draft.name,
      nameEn: draft.nameEn,
      summary: draft.summary,
      template:
        draft.template === "copy"
          ? { kind: "copy", from: draft.from }
          : {
              kind: "blank",
              key: draft.template,
              ...(draft.template === "prereview_window" ? { appointmentService: draft.appointmentService } : {}),
            },
    });
  };

  const text = (key: "code" | "name" | "nameEn" | "summary", hint?: string) => (
    <Field id={`${id}-${key}`} label={t(`fields.${key}`)} hint={hint} error={errors[key]} announceError={false}>
      {(control) => <Input {...control} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );
  const errorCount = Object.keys(errors).length;

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <div ref={summaryRef} tabIndex={-1} className="outline-none">
        {errorCount ? (
          <Alert variant="destructive">{t("invalid", { count: errorCount })}</Alert>
        ) : serverError ? (
          <Alert variant="destructive">{serverError.message}</Alert>
        ) : null}
      </div>
      <SelectField
        id={`${id}-category`}
        label={t("fields.category")}
        value={draft.categoryCode}
        error={errors.categoryCode}
        emptyOption={t("choose")}
        options={categories.map((c) => ({ value: c.code, label: c.name }))}
        onChange={(e) => set({ categoryCode: e.target.value })}
      />
      {text("code", t("codeHint"))}
      <div className="grid gap-4 md:grid-cols-2">
        {text("name")}
        {text("nameEn")}
      </div>
      {text("summary")}
      <fieldset className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4">
        <legend className="px-1 text-lg font-semibold">{t("fields.template")}</legend>
        {[...blankTemplateKeys, "copy" as const].map((key) => (
          <label key={key} className="flex min-h-tap items-start gap-3 py-1">
            <input
              type="radio"
              name={`${id}-template`}
              className="mt-1 size-5"
              checked={draft.template === key}
              onChange={() => set({ template: key })}
            />
            <span className="flex flex-col">
              <span className="font-medium">{t(`templates.${key}`)}</span>
              <span className="text-sm text-muted-foreground">{t(`templateHints.${key}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {draft.template === "copy" ? (
        <SelectField
          id={`${id}-from`}
          label={t("fields.from")}
          value={draft.from}
          error={errors.from}
          emptyOption={t("choose")}
          options={services.map((s) => ({ value: s.code, label: `${s.code} ${s.name}` }))}
          onChange={(e) => set({ from: e.target.value })}
        />
      ) : null}
      {draft.template === "prereview_window" ? (
        <SelectField
          id={`${id}-appointment`}
          label={t("fields.appointmentService")}
          value={draft.appointmentService}
          error={errors.appointmentService}
          emptyOption={t("choose")}
          options={appointmentServices.map((s) => ({ value: s.code, label: `${s.code} ${s.name}` }))}
          onChange={(e) => set({ appointmentService: e.target.value })}
        />
      ) : null}
      <p className="text-muted-foreground">{t("disabledNote")}</p>
      <Button type="submit" className="self-start" disabled={create.isPending}>
        {create.isPending ? t("creating") : t("submit")}
      </Button>
    </form>
  );
}
