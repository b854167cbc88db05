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
import type { StaffRole } from "@/server/accounts/staff-account-rules";
import { type RoleOption, RoleCheckboxes } from "./role-checkboxes";

const empty = { name: "", account: "", unitId: "", password: "" };

/** Opens an officer account; the list above refreshes so the new account shows at once. */
export function CreateOfficerForm({
  units,
  roleOptions,
}: {
  units: { id: number; label: string }[];
  roleOptions: RoleOption[];
}) {
  const t = useTranslations("officers");
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(empty);
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const create = useMutation(
    trpc.staff.create.mutationOptions({
      onSuccess: () => {
        setValues(empty);
        setRoles([]);
        router.refresh();
      },
    }),
  );
  const fieldErrors = trpcFieldErrors(create.error);
  const fieldError = (field: string) => fieldErrors[field];
  const set = (field: keyof typeof empty) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setValues({ ...values, [field]: e.target.value });
    if (create.isSuccess) create.reset();
  };

  return (
    <form
      className="flex max-w-2xl flex-col gap-4"
      noValidate
      aria-label={t("create.title")}
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({
          name: values.name.trim(),
          account: values.account.trim(),
          unitId: Number(values.unitId),
          roles,
          password: values.password,
        });
      }}
    >
      {create.isSuccess ? <Alert variant="success">{t("create.done")}</Alert> : null}
      {create.error && !Object.keys(fieldErrors).length ? (
        <Alert variant="destructive">{create.error.message}</Alert>
      ) : null}
      <FormField
        id="create-name"
        name="name"
        label={t("create.name")}
        autoComplete="off"
        maxLength={32}
        required
        value={values.name}
        onChange={set("name")}
        error={fieldError("name")}
      />
      <FormField
        id="create-account"
        name="account"
        label={t("create.account")}
        hint={t("create.accountHint")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={32}
        required
        value={values.account}
        onChange={set("account")}
        error={fieldError("account")}
      />
      <SelectField
        id="create-unit"
        label={t("create.unit")}
        error={fieldError("unitId")}
        name="unitId"
        required
        value={values.unitId}
        onChange={set("unitId")}
        emptyOption={t("create.chooseUnit")}
        options={units.map((u) => ({ value: u.id, label: u.label }))}
      />
      <RoleCheckboxes
        idPrefix="create-role"
        legend={t("create.roles")}
        options={roleOptions}
        value={roles}
        onChange={setRoles}
        error={fieldError("roles")}
      />
      <FormField
        id="create-password"
        name="password"
        type="password"
        label={t("create.password")}
        hint={t("create.passwordHint")}
        autoComplete="new-password"
        maxLength={128}
        required
        value={values.password}
        onChange={set("password")}
        error={fieldError("password")}
      />
      <div>
        <Button type="submit" size="lg" disabled={create.isPending}>
          {create.isPending ? t("create.submitting") : t("create.submit")}
        </Button>
      </div>
    </form>
  );
}
