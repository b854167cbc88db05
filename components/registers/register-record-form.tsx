"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { RegisterFieldInput, RegisterFieldView } from "@/server/registers/register-fields";
import type { RegisterKey } from "@/server/registers/register-keys";
import { formText, formValue, RegisterFieldControl } from "./register-field-control";

export type RegisterRecordFormProps = {
  register: RegisterKey;
  fields: RegisterFieldView[];
  /** Create: where the new record may be kept, the officer's own unit first. */
  keepers?: { id: number; label: string }[];
  /** Edit: the record as the desk shows it. */
  record?: { id: string; values: Record<string, RegisterFieldInput>; masked: Record<string, string> };
};

/**
 * Adds a record to a register, or corrects one: the fields are the register's definition, drawn by
 * RegisterFieldControl; the server's field messages appear under each field. A fixed number is asked for
 * only when the record is added.
 */
export function RegisterRecordForm({ register, fields, keepers, record }: RegisterRecordFormProps) {
  const t = useTranslations("registers.desk");
  const trpc = useTRPC();
  const router = useRouter();
  const doneRef = useRef<HTMLDivElement>(null);
  const shown = record ? fields.filter((f) => !f.fixed) : fields;
  const initial = () => Object.fromEntries(shown.map((f) => [f.key, formText(record?.values[f.key])]));
  const [texts, setTexts] = useState<Record<string, string>>(initial);
  const [keeper, setKeeper] = useState(String(keepers?.[0]?.id ?? ""));
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const onSuccess = () => {
    setDone(record ? t("saved") : t("created"));
    if (!record) setTexts(Object.fromEntries(shown.map((f) => [f.key, ""])));
    router.refresh();
  };
  const create = useMutation(trpc.registers.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.registers.update.mutationOptions({ onSuccess }));
  const mutation = record ? update : create;
  const errors = trpcFieldErrors(mutation.error);
  const hasFieldErrors = Object.keys(errors).length > 0;
  const idPrefix = record ? `edit-${record.id}` : `create-${register}`;

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        const values = Object.fromEntries(shown.map((f) => [f.key, formValue(f, texts[f.key] ?? "")]));
        if (record) update.mutate({ register, id: record.id, ...values });
        else create.mutate({ register, ...(keepers?.length ? { orgUnitId: Number(keeper) } : {}), ...values });
      }}
    >
      {done ? (
        <div ref={doneRef} tabIndex={-1}>
          <Alert variant="success">{done}</Alert>
        </div>
      ) : null}
      {mutation.error && !hasFieldErrors ? <Alert variant="destructive">{mutation.error.message}</Alert> : null}
      {keepers && keepers.length > 1 ? (
        <SelectField
          id={`${idPrefix}-keeper`}
          name="orgUnitId"
          label={t("keeper")}
          hint={t("keeperHint")}
          required
          value={keeper}
          onChange={(e) => setKeeper(e.target.value)}
          options={keepers.map((k) => ({ value: k.id, label: k.label }))}
          error={errors.orgUnitId}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {shown.map((field) => (
          <RegisterFieldControl
            key={field.key}
            idPrefix={idPrefix}
            register={register}
            field={field}
            value={texts[field.key] ?? ""}
            onChange={(value) => setTexts((current) => ({ ...current, [field.key]: value }))}
            error={errors[field.key]}
            masked={record ? record.masked[field.key] : undefined}
          />
        ))}
      </div>
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {record ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
