"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { Textarea } from "@/components/ui/textarea";
import type { RegisterKey } from "@/server/registers/register-keys";

export type RegisterStatusFormProps = {
  register: RegisterKey;
  id: string;
  /** What names the record, for the form's accessible name. */
  title: string;
  /** The statuses the record may move to, labelled by their action (登记退还, 吊销…). */
  options: { value: string; label: string }[];
  /** Statuses that record something the officer gives (a decision number), with the field's label. */
  notes: Record<string, string>;
  /** Shown open where the record is the page's subject, folded in a list row. */
  open?: boolean;
};

/** Moves one record to another status its register allows, asking for what that status records. */
export function RegisterStatusForm({ register, id, title, options, notes, open }: RegisterStatusFormProps) {
  const t = useTranslations("registers.desk");
  const trpc = useTRPC();
  const router = useRouter();
  const [status, setStatus] = useState(options.length === 1 ? options[0]!.value : "");
  const [note, setNote] = useState("");
  const change = useMutation(trpc.registers.setStatus.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = trpcFieldErrors(change.error);
  const noteLabel = notes[status];

  return (
    <details className="min-w-56" open={open}>
      <summary className="min-h-tap cursor-pointer py-2 text-primary underline underline-offset-4">
        {t("statusChange")}
      </summary>
      <form
        noValidate
        className="mt-2 flex flex-col gap-3"
        aria-label={t("statusTitle", { record: title })}
        onSubmit={(e) => {
          e.preventDefault();
          if (status) change.mutate({ register, id, status, ...(noteLabel ? { note } : {}) });
        }}
      >
        {change.error && !errors.note ? <Alert variant="destructive">{change.error.message}</Alert> : null}
        <SelectField
          id={`status-${id}`}
          name="status"
          label={t("statusTo")}
          required
          value={status}
          emptyOption={options.length > 1 ? t("statusChoose") : undefined}
          onChange={(e) => setStatus(e.target.value)}
          options={options}
        />
        {noteLabel ? (
          <Field id={`status-note-${id}`} label={noteLabel} required error={errors.note}>
            {(control) => (
              <Textarea
                {...control}
                name="note"
                rows={2}
                maxLength={200}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Button type="submit" variant="secondary" disabled={change.isPending || !status}>
          {t("statusConfirm")}
        </Button>
      </form>
    </details>
  );
}
