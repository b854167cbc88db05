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
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SelectField } from "@/components/ui/select-field";
import type { CaseFormOptions } from "@/server/cases/case-form-options";

const caseTypes = ["administrative", "criminal"] as const;

/** Registers a case of a unit in the officer's jurisdiction and opens it to add query persons. */
export function RegisterCaseForm({
  options,
  defaultUnitId,
  defaultOfficerId,
}: {
  options: CaseFormOptions;
  defaultUnitId: number | null;
  defaultOfficerId: string;
}) {
  const t = useTranslations("cases");
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const [caseNumber, setCaseNumber] = useState("");
  const [type, setType] = useState<(typeof caseTypes)[number]>("administrative");
  const [title, setTitle] = useState("");
  const [unitId, setUnitId] = useState(String(defaultUnitId ?? options.units[0]?.id ?? ""));
  const unitOfficers = options.officers.filter((o) => String(o.orgUnitId) === unitId);
  const [officerId, setOfficerId] = useState(
    unitOfficers.some((o) => o.id === defaultOfficerId) ? defaultOfficerId : "",
  );
  const register = useMutation(
    trpc.cases.register.mutationOptions({ onSuccess: (row) => router.push(`/dashboard/cases/${row.id}`) }),
  );
  const errors = trpcFieldErrors(register.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        register.mutate({
          caseNumber: caseNumber.trim(),
          type,
          title: title.trim(),
          handlingUnitId: Number(unitId),
          officerInChargeId: officerId,
        });
      }}
    >
      {register.error && !hasFieldErrors ? <Alert variant="destructive">{register.error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="case-number"
          name="caseNumber"
          label={t("desk.caseNumber")}
          hint={t("desk.caseNumberHint")}
          autoComplete="off"
          maxLength={40}
          required
          value={caseNumber}
          onChange={(e) => setCaseNumber(e.target.value)}
          error={errors.caseNumber}
        />
        <SelectField
          id="case-type"
          label={t("desk.type")}
          name="type"
          value={type}
          onChange={(e) => setType(e.target.value as (typeof caseTypes)[number])}
          options={caseTypes.map((c) => ({ value: c, label: t(`types.${c}`) }))}
        />
      </div>
      <FormField
        id="case-title"
        name="title"
        label={t("desk.caseTitle")}
        hint={t("desk.caseTitleHint")}
        autoComplete="off"
        maxLength={100}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="case-unit" label={t("desk.unit")} error={errors.handlingUnitId}>
          {(control) => (
            <Select
              {...control}
              name="handlingUnitId"
              value={unitId}
              onChange={(e) => {
                setUnitId(e.target.value);
                setOfficerId("");
              }}
            >
              {options.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {en && u.nameEn ? u.nameEn : u.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="case-officer" label={t("desk.officer")} error={errors.officerInChargeId}>
          {(control) => (
            <Select
              {...control}
              name="officerInChargeId"
              value={officerId}
              required
              onChange={(e) => setOfficerId(e.target.value)}
            >
              <option value="">{t("desk.choose")}</option>
              {unitOfficers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Button type="submit" size="lg" className="self-start" disabled={register.isPending}>
        {register.isPending ? t("desk.registering") : t("desk.register")}
      </Button>
    </form>
  );
}
