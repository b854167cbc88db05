"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { ApplicationFormFields } from "@/components/applications/application-form-fields";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Select } from "@/components/ui/select";
import { Label } from "@/components/ui/label";
import { engineConfigSchema, type ReviewStep } from "@/server/applications/engine-config";
import { formSchemaSchema } from "@/server/catalog/form-schema-schema";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import type { FormSchema } from "@/server/applications/form-schema";
import type { AppointmentOption } from "./service-config-editor";

/**
 * What the draft configuration means before it is saved: the form as the citizen will fill it in (live,
 * nothing sent), and for a sample place the unit that would handle the case, each decision step with
 * who works it and its time limit, the outcome and the delivery.
 */
export function ServiceConfigPreview({
  form,
  engine,
  appointmentServices,
}: {
  form: FormSchema | null;
  engine: unknown;
  appointmentServices: AppointmentOption[];
}) {
  const t = useTranslations("serviceConfig.preview");
  const tc = useTranslations("serviceConfig");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const trpc = useTRPC();
  const id = useId();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [city, setCity] = useState("");
  const [stationId, setStationId] = useState<number | undefined>(undefined);

  const validForm = form && formSchemaSchema.safeParse(form).success ? form : null;
  const parsedEngine = engineConfigSchema.safeParse(engine);
  const config = parsedEngine.success ? parsedEngine.data : null;

  const counties = useQuery(trpc.org.stations.queryOptions(undefined, { staleTime: 60 * 60 * 1000 }));
  const cities = useMemo(() => {
    const byCity = new Map<string, { id: number; label: string }[]>();
    for (const c of counties.data ?? []) {
      const name = locale === "en" ? (c.cityNameEn ?? c.cityName) : c.cityName;
      const county = locale === "en" ? (c.nameEn ?? c.name) : c.name;
      const list = byCity.get(name) ?? [];
      for (const s of c.stations)
        list.push({ id: s.id, label: `${county} · ${locale === "en" ? (s.nameEn ?? s.name) : s.name}` });
      byCity.set(name, list);
    }
    return byCity;
  }, [counties.data, locale]);

  const route = useQuery(
    trpc.catalogAdmin.previewRoute.queryOptions(
      { handler: { unitType: config?.handler.unitType ?? "station" }, stationId: stationId ?? 0 },
      { enabled: Boolean(config && stationId) },
    ),
  );
  const unitName = (u: { name: string; nameEn: string | null } | null | undefined) =>
    u ? (locale === "en" ? (u.nameEn ?? u.name) : u.name) : t("noSuchUnit");
  const stepTitle = (s: ReviewStep) => (locale === "en" ? s.titleEn : s.title);
  const appointmentName = (code: string) => appointmentServices.find((a) => a.code === code)?.name ?? code;

  const chain: string[] = [];
  if (config && route.data) {
    const at = unitName(route.data.handler);
    const d = config.decision;
    if (d.kind === "auto") {
      chain.push(t("autoStep", { rule: tc(`rules.${d.rule}`) }));
      chain.push(t("referStep", { title: stepTitle(d.review[0]), unit: at, days: d.review[0].slaDays }));
    } else if (d.kind === "review") {
      d.steps.forEach((s, i) =>
        chain.push(
          t("reviewStep", { title: stepTitle(s), unit: i === 0 ? at : unitName(route.data.above), days: s.slaDays }),
        ),
      );
    } else {
      chain.push(t("reviewStep", { title: stepTitle(d.review[0]), unit: at, days: d.review[0].slaDays }));
      chain.push(t("bookStep", { service: appointmentName(d.appointmentService) }));
      chain.push(t("windowStep", { unit: at }));
    }
  }
  const outcome = config
    ? config.outcome.kind === "document" || config.outcome.kind === "window_visit"
      ? t("outcomeDocument", {
          title: locale === "en" ? config.outcome.template.titleEn : config.outcome.template.title,
        })
      : config.outcome.kind === "register_change"
        ? t("outcomeRegister", { effect: tc(`effects.${config.outcome.effect}`) })
        : t("outcomeRecord")
    : null;
  const delivery = config
    ? [
        config.delivery.window ? t("deliveryWindow") : null,
        config.delivery.post.allowed
          ? t("deliveryPost", { postage: fenToYuan(config.delivery.post.postageFen) })
          : null,
      ]
        .filter(Boolean)
        .join(t("or")) || t("deliveryOnline")
    : null;

  return (
    <aside aria-labelledby={`${id}-title`} className="flex min-w-0 flex-col gap-6">
      <h2 id={`${id}-title`} className="sr-only">
        {t("title")}
      </h2>
      <section
        aria-labelledby={`${id}-route`}
        className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4"
      >
        <h3 id={`${id}-route`} className="text-lg font-semibold">
          {t("routeTitle")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("routeLead")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-city`}>{t("city")}</Label>
            <Select
              id={`${id}-city`}
              value={city}
              onChange={(e) => {
                setCity(e.target.value);
                setStationId(undefined);
              }}
            >
              <option value="">{tc("choose")}</option>
              {[...cities.keys()].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-station`}>{t("station")}</Label>
            <Select
              id={`${id}-station`}
              value={stationId ?? ""}
              disabled={!city}
              onChange={(e) => setStationId(e.target.value ? Number(e.target.value) : undefined)}
            >
              <option value="">{tc("choose")}</option>
              {(cities.get(city) ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </Select>
          </div>
        </div>
        {!config ? (
          <Alert variant="warning">{t("fixFirst")}</Alert>
        ) : route.data ? (
          <div role="status" className="flex flex-col gap-2">
            {route.data.handler ? (
              <p>
                {t("handledBy")} <strong>{unitName(route.data.handler)}</strong>
              </p>
            ) : (
              <Alert variant="destructive">
                {t("noSuchUnitLong", { type: tc(`unitTypes.${config.handler.unitType}`) })}
              </Alert>
            )}
            <ol className="flex list-decimal flex-col gap-1 ps-5">
              {chain.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ol>
            <p>{outcome}</p>
            <p>{delivery}</p>
          </div>
        ) : null}
      </section>
      <section
        aria-labelledby={`${id}-form`}
        className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4"
      >
        <h3 id={`${id}-form`} className="text-lg font-semibold">
          {t("formTitle")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("formLead")}</p>
        {validForm ? (
          <ApplicationFormFields
            schema={validForm}
            values={values}
            onChange={(key, value) => setValues((v) => ({ ...v, [key]: value }))}
            locale={locale}
          />
        ) : (
          <Alert variant="warning">{t("formInvalid")}</Alert>
        )}
      </section>
    </aside>
  );
}
