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

type State = "station_review" | "county_review";

/** Sets or removes one rule: a state's default (no service code) or one service's own limit. */
export function SlaRuleForm({ states }: { states: { value: State; label: string }[] }) {
  const t = useTranslations("slaRules");
  const trpc = useTRPC();
  const router = useRouter();
  const [serviceCode, setServiceCode] = useState("");
  const [state, setState] = useState<State>("station_review");
  const [hours, setHours] = useState("");
  const set = useMutation(trpc.slaRules.set.mutationOptions({ onSuccess: () => router.refresh() }));
  const fieldErrors = trpcFieldErrors(set.error);
  const submit = (maxIdleHours: number | null) =>
    set.mutate({ serviceCode: serviceCode.trim() || null, state, maxIdleHours });
  return (
    <form
      className="grid max-w-3xl gap-4 sm:grid-cols-3"
      noValidate
      aria-label={t("form.title")}
      onSubmit={(e) => {
        e.preventDefault();
        submit(Number(hours));
      }}
    >
      {set.isSuccess ? (
        <Alert variant="success" className="sm:col-span-3">
          {t("form.done")}
        </Alert>
      ) : null}
      {set.error && !Object.keys(fieldErrors).length ? (
        <Alert variant="destructive" className="sm:col-span-3">
          {set.error.message}
        </Alert>
      ) : null}
      <FormField
        id="sla-service"
        label={t("form.service")}
        hint={t("form.serviceHint")}
        maxLength={5}
        value={serviceCode}
        onChange={(e) => setServiceCode(e.target.value)}
        error={fieldErrors.serviceCode}
      />
      <SelectField
        id="sla-state"
        label={t("form.state")}
        value={state}
        onChange={(e) => setState(e.target.value as State)}
        options={states.map((s) => ({ value: s.value, label: s.label }))}
      />
      <FormField
        id="sla-hours"
        label={t("form.hours")}
        inputMode="numeric"
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        error={fieldErrors.maxIdleHours}
      />
      <div className="flex flex-wrap gap-2 sm:col-span-3">
        <Button type="submit" disabled={set.isPending}>
          {t("form.save")}
        </Button>
        <Button type="button" variant="secondary" disabled={set.isPending} onClick={() => submit(null)}>
          {t("form.remove")}
        </Button>
      </div>
    </form>
  );
}
