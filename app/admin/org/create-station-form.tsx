"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

const empty = { parentId: "", code: "", name: "", nameEn: "" };

/** Opens a police station under one of the city's county bureaus; the tree refreshes to show it. */
export function CreateStationForm({ counties }: { counties: { id: number; code: string; label: string }[] }) {
  const t = useTranslations("orgAdmin");
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(empty);
  const create = useMutation(
    trpc.orgAdmin.createStation.mutationOptions({
      onSuccess: () => {
        setValues(empty);
        router.refresh();
      },
    }),
  );
  const fieldErrors = trpcFieldErrors(create.error);
  const set = (field: keyof typeof empty) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const next = { ...values, [field]: e.target.value };
    // The code starts with the county's: prefill it when a county is picked and nothing was typed yet.
    if (field === "parentId" && !values.code)
      next.code = counties.find((c) => String(c.id) === e.target.value)?.code ?? "";
    setValues(next);
    if (create.isSuccess) create.reset();
  };
  return (
    <form
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={t("create.title")}
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({
          parentId: Number(values.parentId),
          code: values.code.trim(),
          name: values.name.trim(),
          nameEn: values.nameEn.trim(),
        });
      }}
    >
      {create.isSuccess ? (
        <Alert variant="success" className="sm:col-span-2">
          {t("create.done")}
        </Alert>
      ) : null}
      {create.error && !Object.keys(fieldErrors).length ? (
        <Alert variant="destructive" className="sm:col-span-2">
          {create.error.message}
        </Alert>
      ) : null}
      <SelectField
        id="station-parent"
        label={t("create.parent")}
        name="parentId"
        value={values.parentId}
        onChange={set("parentId")}
        aria-invalid={fieldErrors.parentId ? true : undefined}
        emptyOption={t("create.chooseParent")}
        options={counties.map((c) => ({ value: c.id, label: c.label }))}
      />
      <FormField
        id="station-code"
        name="code"
        label={t("create.code")}
        hint={t("create.codeHint")}
        inputMode="numeric"
        maxLength={8}
        value={values.code}
        onChange={set("code")}
        error={fieldErrors.code}
      />
      <FormField
        id="station-name"
        name="name"
        label={t("create.name")}
        maxLength={64}
        value={values.name}
        onChange={set("name")}
        error={fieldErrors.name}
      />
      <FormField
        id="station-name-en"
        name="nameEn"
        label={t("create.nameEn")}
        maxLength={128}
        value={values.nameEn}
        onChange={set("nameEn")}
        error={fieldErrors.nameEn}
      />
      <Button type="submit" className="self-start" disabled={create.isPending}>
        {t("create.submit")}
      </Button>
    </form>
  );
}
