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
import type { Liability } from "@/db/schema/accidents";

const liabilityChoices: Liability[] = ["full", "main", "equal", "secondary", "none"];

/** The officer's decision (a liability per party, the rule, a note) and the retake request. */
export function DecideAccidentForm({
  id,
  parties,
  slots,
}: {
  id: string;
  parties: { id: string; label: string }[];
  slots: { slot: string; title: string }[];
}) {
  const t = useTranslations("accidents");
  const trpc = useTRPC();
  const router = useRouter();
  const [liabilities, setLiabilities] = useState<Record<string, Liability | "">>({});
  const [rule, setRule] = useState("");
  const [note, setNote] = useState("");
  const [retakeSlot, setRetakeSlot] = useState(slots[0]?.slot ?? "");
  const [retakeNote, setRetakeNote] = useState("");
  const decide = useMutation(trpc.accidents.decide.mutationOptions({ onSuccess: () => router.refresh() }));
  const retake = useMutation(trpc.accidents.requestRetake.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = trpcFieldErrors(decide.error);
  const ready = parties.every((p) => liabilities[p.id]);

  return (
    <div className="flex flex-col gap-6">
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          decide.mutate({
            id,
            liabilities: parties.map((p) => ({ partyId: p.id, liability: liabilities[p.id] as Liability })),
            rule,
            note,
          });
        }}
      >
        <h2 className="text-xl font-semibold">{t("officer.decide")}</h2>
        {decide.error && !Object.keys(errors).length ? (
          <Alert variant="destructive">{decide.error.message}</Alert>
        ) : null}
        {errors.liabilities ? <Alert variant="destructive">{errors.liabilities}</Alert> : null}
        {parties.map((p) => (
          <SelectField
            key={p.id}
            id={`liability-${p.id}`}
            label={p.label}
            value={liabilities[p.id] ?? ""}
            onChange={(e) => setLiabilities((l) => ({ ...l, [p.id]: e.target.value as Liability }))}
            emptyOption="—"
            options={liabilityChoices.map((l) => ({ value: l, label: t(`liabilities.${l}`) }))}
          />
        ))}
        <FormField
          id="decision-rule"
          label={t("officer.rule")}
          hint={t("officer.ruleHint")}
          maxLength={100}
          value={rule}
          onChange={(e) => setRule(e.target.value)}
          error={errors.rule}
        />
        <FormField
          id="decision-note"
          label={t("officer.note")}
          maxLength={150}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
        />
        <Button type="submit" size="lg" disabled={!ready || decide.isPending}>
          {t("officer.submit")}
        </Button>
      </form>

      <form
        className="flex flex-col gap-4 border-t border-border pt-4"
        onSubmit={(e) => {
          e.preventDefault();
          retake.mutate({ id, slot: retakeSlot, note: retakeNote });
        }}
      >
        <h2 className="text-xl font-semibold">{t("officer.retake")}</h2>
        {retake.error ? <Alert variant="destructive">{retake.error.message}</Alert> : null}
        <SelectField
          id="retake-slot"
          label={t("officer.retakeSlot")}
          value={retakeSlot}
          onChange={(e) => setRetakeSlot(e.target.value)}
          options={slots.map((s) => ({ value: s.slot, label: s.title }))}
        />
        <FormField
          id="retake-note"
          label={t("officer.retakeNote")}
          maxLength={150}
          value={retakeNote}
          onChange={(e) => setRetakeNote(e.target.value)}
        />
        <Button type="submit" variant="outline" disabled={retake.isPending}>
          {t("officer.retakeSubmit")}
        </Button>
      </form>
    </div>
  );
}
