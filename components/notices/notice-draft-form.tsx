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
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

export type NoticeDraftValues = {
  serviceCode: string;
  title: string;
  body: string;
  firstDay: string;
  lastDay: string;
};

/** A board the unit may publish on, with the period in days it allows and whether it takes objections. */
export type DraftBoard = { code: string; label: string; periodDays: { min: number; max: number }; objections: boolean };

/**
 * A notice draft of the officer's unit: new (then it opens the draft's page) or an edit of a draft, on the
 * boards the unit publishes on, the chosen board's period told beside it. Saving never publishes: the draft
 * goes for approval from its page.
 */
export function NoticeDraftForm({
  id,
  services,
  initial,
}: {
  id?: string;
  services: DraftBoard[];
  initial: NoticeDraftValues;
}) {
  const t = useTranslations("notices.draft");
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.notices.saveDraft.mutationOptions({
      onSuccess: (result) => {
        setSaved(true);
        if (id) router.refresh();
        else router.push(`/dashboard/notices/${result.id}`);
      },
    }),
  );
  const errors = trpcFieldErrors(save.error);
  const board = services.find((s) => s.code === values.serviceCode);
  const set = (key: keyof NoticeDraftValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate({ ...(id ? { id } : {}), ...values, title: values.title.trim(), body: values.body.trim() });
      }}
    >
      {saved && id ? <Alert variant="success">{t("saved")}</Alert> : null}
      {save.error && Object.keys(errors).length === 0 ? (
        <Alert variant="destructive">{save.error.message}</Alert>
      ) : null}
      <Field
        id="notice-service"
        label={t("service")}
        hint={
          board
            ? t(board.objections ? "boardHint" : "boardHintNoObjections", {
                min: board.periodDays.min,
                max: board.periodDays.max,
              })
            : undefined
        }
        error={errors.serviceCode}
        required
      >
        {(control) => (
          <Select {...control} name="serviceCode" value={values.serviceCode} onChange={set("serviceCode")}>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="notice-title" label={t("title")} error={errors.title} required>
        {(control) => <Input {...control} name="title" maxLength={120} value={values.title} onChange={set("title")} />}
      </Field>
      <Field id="notice-body" label={t("body")} error={errors.body} required>
        {(control) => (
          <Textarea {...control} name="body" rows={8} maxLength={10000} value={values.body} onChange={set("body")} />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="notice-first-day" label={t("firstDay")} error={errors.firstDay} required>
          {(control) => (
            <Input {...control} type="date" name="firstDay" value={values.firstDay} onChange={set("firstDay")} />
          )}
        </Field>
        <Field id="notice-last-day" label={t("lastDay")} error={errors.lastDay} required>
          {(control) => (
            <Input {...control} type="date" name="lastDay" value={values.lastDay} onChange={set("lastDay")} />
          )}
        </Field>
      </div>
      <Button type="submit" className="self-stretch sm:self-start" disabled={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
