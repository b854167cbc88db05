"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { chinaToday } from "@/server/dates/china-today";
import {
  type FormField,
  type FormSchema,
  isFieldShown,
  maxLengthOf,
  type ResidentValue,
  schemaFields,
} from "@/server/applications/form-schema";

type Locale = "zh-CN" | "en";

export type ApplicationFormFieldsProps = {
  schema: FormSchema;
  values: Record<string, unknown>;
  onChange: (key: string, value: unknown) => void;
  /** Already localised messages by field key (from the server's fieldErrors). */
  errors?: Record<string, string>;
  locale: Locale;
  disabled?: boolean;
};

/**
 * The fields of a service's online form, section by section, generated from its schema. Conditional fields
 * appear as their condition is met; every control is labelled and tied to its hint and error, so screen
 * readers read the problem with the field. One column on phones; text grows with care mode.
 */
export function ApplicationFormFields({
  schema,
  values,
  onChange,
  errors = {},
  locale,
  disabled,
}: ApplicationFormFieldsProps) {
  const prefix = useId();
  const fields = schemaFields(schema);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const shown = (f: FormField) => isFieldShown(f, byKey, (key) => values[key]);

  return (
    <div className="flex flex-col gap-6">
      {schema.sections.map((section) => {
        const visible = section.fields.filter(shown);
        if (!visible.length) return null;
        return (
          <fieldset
            key={section.key}
            className="flex min-w-0 flex-col gap-5 rounded-lg border border-border p-4 sm:p-5"
          >
            <legend className="px-1 text-lg font-semibold">{locale === "en" ? section.titleEn : section.title}</legend>
            {visible.map((field) => (
              <Field
                key={field.key}
                id={`${prefix}-${field.key}`}
                field={field}
                value={values[field.key]}
                onChange={(value) => onChange(field.key, value)}
                error={errors[field.key]}
                locale={locale}
                disabled={disabled}
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

type FieldProps = {
  id: string;
  field: FormField;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
  locale: Locale;
  disabled?: boolean;
};

function texts(field: FormField, locale: Locale) {
  return {
    label: locale === "en" ? field.labelEn : field.label,
    hint: locale === "en" ? field.hintEn : field.hint,
  };
}

/** The ids of a field's hint and error, as aria-describedby lists them. */
function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </>
  );
}

function Field(props: FieldProps) {
  switch (props.field.type) {
    case "radio":
      return <RadioField {...props} />;
    case "resident":
      return <ResidentField {...props} />;
    case "station":
      return <StationField {...props} />;
    default:
      return <SimpleField {...props} />;
  }
}

const asText = (v: unknown) => (typeof v === "string" ? v : "");

function SimpleField({ id, field, value, onChange, error, locale, disabled }: FieldProps) {
  const t = useTranslations("applicationForm");
  const { label, hint } = texts(field, locale);
  const common = {
    id,
    name: field.key,
    disabled,
    required: field.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  } as const;
  let control: React.ReactNode;
  switch (field.type) {
    case "textarea":
      control = (
        <Textarea
          {...common}
          value={asText(value)}
          maxLength={maxLengthOf(field)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case "select":
      control = (
        <Select {...common} value={asText(value)} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">{t("choose")}</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {locale === "en" ? o.labelEn : o.label}
            </option>
          ))}
        </Select>
      );
      break;
    case "date": {
      const today = chinaToday();
      control = (
        <Input
          {...common}
          type="date"
          className="sm:max-w-60"
          value={asText(value)}
          min={field.dateRule === "future" ? today : "1900-01-01"}
          max={field.dateRule === "past" ? today : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    }
    default:
      control = (
        <Input
          {...common}
          type={field.type === "phone" ? "tel" : "text"}
          inputMode={field.type === "phone" ? "numeric" : undefined}
          autoComplete={field.type === "phone" ? "tel-national" : "off"}
          spellCheck={field.type === "id_number" ? false : undefined}
          className={field.type === "id_number" || field.type === "phone" ? "sm:max-w-80" : undefined}
          maxLength={field.type === "id_number" ? 18 : field.type === "phone" ? 20 : maxLengthOf(field)}
          value={asText(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={id} required={field.required} requiredLabel={t("required")}>
        {label}
      </Label>
      {control}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

function RadioField({ id, field, value, onChange, error, locale, disabled }: FieldProps) {
  const t = useTranslations("applicationForm");
  const { label, hint } = texts(field, locale);
  return (
    <fieldset
      role="radiogroup"
      aria-required={field.required || undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
      className="flex min-w-0 flex-col gap-1.5"
    >
      <legend className="mb-1.5 text-base font-medium text-foreground">
        {label}
        {field.required ? (
          <span className="ms-1 text-destructive" title={t("required")} aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {field.options?.map((o) => (
          <label key={o.value} className="flex min-h-tap cursor-pointer items-center gap-3 text-base">
            <input
              type="radio"
              name={`${id}-choice`}
              value={o.value}
              checked={value === o.value}
              disabled={disabled}
              onChange={() => onChange(o.value)}
              className="size-5 shrink-0 accent-primary"
            />
            {locale === "en" ? o.labelEn : o.label}
          </label>
        ))}
      </div>
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}

function asResident(v: unknown): ResidentValue {
  const r = (typeof v === "object" && v !== null ? v : {}) as Partial<ResidentValue>;
  return { idNumber: typeof r.idNumber === "string" ? r.idNumber : "", name: typeof r.name === "string" ? r.name : "" };
}

function ResidentField({ id, field, value, onChange, error, locale, disabled }: FieldProps) {
  const t = useTranslations("applicationForm");
  const { label, hint } = texts(field, locale);
  const person = asResident(value);
  const set = (part: Partial<ResidentValue>) => {
    const next = { ...person, ...part };
    onChange(next.idNumber || next.name ? next : undefined);
  };
  const hintText = hint ?? t("residentHint");
  const described = describedBy(id, hintText, error);
  const invalid = error ? true : undefined;
  return (
    <fieldset className="flex min-w-0 flex-col gap-1.5">
      <legend className="mb-1.5 text-base font-medium text-foreground">
        {label}
        {field.required ? (
          <span className="ms-1 text-destructive" title={t("required")} aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-1.5">
          <Label htmlFor={`${id}-id`} className="text-sm font-normal text-muted-foreground">
            {t("idNumber")}
          </Label>
          <Input
            id={`${id}-id`}
            name={`${field.key}.idNumber`}
            value={person.idNumber}
            maxLength={18}
            autoComplete="off"
            spellCheck={false}
            required={field.required}
            disabled={disabled}
            aria-invalid={invalid}
            aria-describedby={described}
            onChange={(e) => set({ idNumber: e.target.value })}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-1.5">
          <Label htmlFor={`${id}-name`} className="text-sm font-normal text-muted-foreground">
            {t("name")}
          </Label>
          <Input
            id={`${id}-name`}
            name={`${field.key}.name`}
            value={person.name}
            maxLength={40}
            autoComplete="off"
            required={field.required}
            disabled={disabled}
            aria-invalid={invalid}
            aria-describedby={described}
            onChange={(e) => set({ name: e.target.value })}
          />
        </div>
      </div>
      <HintAndError id={id} hint={hintText} error={error} />
    </fieldset>
  );
}

/** County first, then one of its stations; the answer is the station's org unit id. */
function StationField({ id, field, value, onChange, error, locale, disabled }: FieldProps) {
  const t = useTranslations("applicationForm");
  const trpc = useTRPC();
  const counties = useQuery(trpc.org.stations.queryOptions(undefined, { staleTime: 60 * 60 * 1000 }));
  const { label, hint } = texts(field, locale);
  const stationId = typeof value === "number" ? value : undefined;
  const countyOfValue = counties.data?.find((c) => c.stations.some((s) => s.id === stationId))?.id;
  const [pickedCounty, setPickedCounty] = useState<number | undefined>(undefined);
  const countyId = pickedCounty ?? countyOfValue;
  const county = counties.data?.find((c) => c.id === countyId);
  const station = county?.stations.find((s) => s.id === stationId);
  const name = (u: { name: string; nameEn: string | null }) => (locale === "en" ? (u.nameEn ?? u.name) : u.name);
  const invalid = error ? true : undefined;
  const stationHintId = station?.address ? `${id}-address` : null;
  const described = [describedBy(id, hint, error), stationHintId].filter(Boolean).join(" ") || undefined;

  const cities = new Map<string, NonNullable<typeof counties.data>>();
  for (const c of counties.data ?? []) {
    const city = locale === "en" ? (c.cityNameEn ?? c.cityName) : c.cityName;
    cities.set(city, [...(cities.get(city) ?? []), c]);
  }

  return (
    <fieldset className="flex min-w-0 flex-col gap-1.5" aria-busy={counties.isPending || undefined}>
      <legend className="mb-1.5 text-base font-medium text-foreground">
        {label}
        {field.required ? (
          <span className="ms-1 text-destructive" title={t("required")} aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      {counties.isPending ? (
        <div role="status" className="flex flex-col gap-3">
          <span className="sr-only">{t("loadingStations")}</span>
          <Skeleton className="h-tap w-full" />
          <Skeleton className="h-tap w-full" />
        </div>
      ) : counties.isError ? (
        <Alert variant="warning">
          <p>{t("stationsFailed")}</p>
          <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={() => counties.refetch()}>
            {t("retry")}
          </Button>
        </Alert>
      ) : (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={`${id}-county`} className="text-sm font-normal text-muted-foreground">
              {t("county")}
            </Label>
            <Select
              id={`${id}-county`}
              value={countyId ?? ""}
              disabled={disabled}
              required={field.required}
              aria-invalid={invalid && !countyId ? true : undefined}
              aria-describedby={described}
              onChange={(e) => {
                setPickedCounty(e.target.value ? Number(e.target.value) : undefined);
                onChange(undefined);
              }}
            >
              <option value="">{t("choose")}</option>
              {[...cities.entries()].map(([city, list]) => (
                <optgroup key={city} label={city}>
                  {list.map((c) => (
                    <option key={c.id} value={c.id}>
                      {name(c)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </div>
          <div className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={`${id}-station`} className="text-sm font-normal text-muted-foreground">
              {t("station")}
            </Label>
            <Select
              id={`${id}-station`}
              name={field.key}
              value={stationId ?? ""}
              disabled={disabled || !county}
              required={field.required}
              aria-invalid={invalid}
              aria-describedby={described}
              onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}
            >
              <option value="">{county ? t("choose") : t("chooseCountyFirst")}</option>
              {county?.stations.map((s) => (
                <option key={s.id} value={s.id}>
                  {name(s)}
                </option>
              ))}
            </Select>
          </div>
        </div>
      )}
      {station?.address ? (
        <p id={`${id}-address`} className="text-sm text-muted-foreground">
          {t("stationAddress", { address: station.address })}
        </p>
      ) : null}
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}
