"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Field } from "@/components/ui/field";
import type { UserGroupRules } from "@/db/schema/catalog";
import type { UserGroupView } from "@/server/catalog/get-service-layout";

type City = { code: string; name: string; nameEn: string | null };
type Tri = "" | "yes" | "no";

const triOf = (v: boolean | undefined): Tri => (v === undefined ? "" : v ? "yes" : "no");
const boolOf = (v: Tri): boolean | undefined => (v === "" ? undefined : v === "yes");
const ageOf = (v: string): number | undefined => (v.trim() === "" ? undefined : Number(v));

/** Creates a group (then opens it) or edits one: name, priority and the rules that pick its citizens. */
export function GroupForm({ cities, group }: { cities: City[]; group?: UserGroupView }) {
  const t = useTranslations("layouts.group");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const rules: UserGroupRules = group?.rules ?? {};
  const [values, setValues] = useState({
    name: group?.name ?? "",
    description: group?.description ?? "",
    priority: String(group?.priority ?? 0),
    ageMin: rules.ageMin?.toString() ?? "",
    ageMax: rules.ageMax?.toString() ?? "",
    hasVehicle: triOf(rules.hasVehicle),
    hasTravelDocument: triOf(rules.hasTravelDocument),
    enabled: group?.enabled ?? true,
  });
  const [cityCodes, setCityCodes] = useState<string[]>(rules.cityCodes ?? []);

  const create = useMutation(
    trpc.layouts.createGroup.mutationOptions({
      onSuccess: ({ id }) => router.push(`/admin/layouts/groups/${id}?created=1`),
    }),
  );
  const update = useMutation(trpc.layouts.updateGroup.mutationOptions({ onSuccess: () => router.refresh() }));
  const mutation = group ? update : create;
  const fieldErrors = trpcFieldErrors(mutation.error);
  const fieldError = (field: string): string | undefined => fieldErrors[field];
  // Zod reports rule problems under "rules"; the only ones a person can cause are in the age band.
  const ageError = fieldError("ageMax") ?? fieldError("ageMin") ?? fieldError("rules");

  const set = (field: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value =
      e.target instanceof HTMLInputElement && e.target.type === "checkbox" ? e.target.checked : e.target.value;
    setValues({ ...values, [field]: value });
    mutation.reset();
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const input = {
      name: values.name.trim(),
      description: values.description.trim(),
      priority: Number(values.priority),
      rules: {
        ...(cityCodes.length ? { cityCodes } : {}),
        ageMin: ageOf(values.ageMin),
        ageMax: ageOf(values.ageMax),
        hasVehicle: boolOf(values.hasVehicle),
        hasTravelDocument: boolOf(values.hasTravelDocument),
      },
      enabled: values.enabled,
    };
    if (group) update.mutate({ groupId: group.id, group: input });
    else create.mutate(input);
  };

  return (
    <form className="flex max-w-2xl flex-col gap-4" noValidate onSubmit={submit} aria-label={t("settings")}>
      {update.isSuccess ? <Alert variant="success">{t("saved")}</Alert> : null}
      {mutation.error && Object.keys(fieldErrors).length === 0 ? (
        <Alert variant="destructive">{mutation.error.message}</Alert>
      ) : null}
      <FormField
        id="group-name"
        label={t("name")}
        required
        maxLength={40}
        value={values.name}
        onChange={set("name")}
        error={fieldError("name")}
      />
      <FormField
        id="group-description"
        label={t("description")}
        maxLength={200}
        value={values.description}
        onChange={set("description")}
        error={fieldError("description")}
      />
      <FormField
        id="group-priority"
        label={t("priority")}
        hint={t("priorityHint")}
        type="number"
        inputMode="numeric"
        min={-1000}
        max={1000}
        step={1}
        value={values.priority}
        onChange={set("priority")}
        error={fieldError("priority")}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby="group-cities-hint">
        <legend className="text-base font-medium">{t("cities")}</legend>
        <p id="group-cities-hint" className="text-sm text-muted-foreground">
          {t("citiesHint")}
        </p>
        <div className="grid grid-cols-1 gap-1 min-[400px]:grid-cols-2 sm:grid-cols-3">
          {cities.map((city) => (
            <label key={city.code} className="flex min-h-tap items-center gap-2">
              <input
                type="checkbox"
                className="size-5 accent-primary"
                checked={cityCodes.includes(city.code)}
                onChange={(e) => {
                  setCityCodes(e.target.checked ? [...cityCodes, city.code] : cityCodes.filter((c) => c !== city.code));
                  mutation.reset();
                }}
              />
              {locale === "en" && city.nameEn ? city.nameEn : city.name}
            </label>
          ))}
        </div>
        {fieldError("cityCodes") ? (
          <p role="alert" className="text-sm font-medium text-destructive">
            {fieldError("cityCodes")}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="flex flex-col gap-2" aria-describedby="group-age-hint">
        <legend className="text-base font-medium">{t("ageBand")}</legend>
        <p id="group-age-hint" className="text-sm text-muted-foreground">
          {t("ageHint")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="group-age-min"
            label={t("ageMin")}
            type="number"
            inputMode="numeric"
            min={0}
            max={150}
            value={values.ageMin}
            onChange={set("ageMin")}
            aria-invalid={ageError ? true : undefined}
          />
          <FormField
            id="group-age-max"
            label={t("ageMax")}
            type="number"
            inputMode="numeric"
            min={0}
            max={150}
            value={values.ageMax}
            onChange={set("ageMax")}
            error={ageError}
          />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["hasVehicle", "hasTravelDocument"] as const).map((field) => (
          <Field key={field} id={`group-${field}`} label={t(field)}>
            {(control) => (
              <Select {...control} value={values[field]} onChange={set(field)}>
                <option value="">{t("any")}</option>
                <option value="yes">{t("yes")}</option>
                <option value="no">{t("no")}</option>
              </Select>
            )}
          </Field>
        ))}
      </div>
      <label className="flex min-h-tap items-center gap-2">
        <input type="checkbox" className="size-5 accent-primary" checked={values.enabled} onChange={set("enabled")} />
        {t("enabled")}
      </label>
      <div>
        <Button type="submit" size="lg" disabled={mutation.isPending} aria-disabled={mutation.isPending}>
          {mutation.isPending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
