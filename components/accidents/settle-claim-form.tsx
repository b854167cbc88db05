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

/** The assessor records the assessed loss, then the payment (at most the assessed loss). */
export function SettleClaimForm({
  partyId,
  assessed,
  paid,
}: {
  partyId: string;
  assessed: string | null;
  paid: boolean;
}) {
  const t = useTranslations("accidents.claims");
  const trpc = useTRPC();
  const router = useRouter();
  const [loss, setLoss] = useState(assessed ?? "");
  const [amount, setAmount] = useState(assessed ?? "");
  const [saved, setSaved] = useState(false);
  const onSuccess = () => {
    setSaved(true);
    router.refresh();
  };
  const assess = useMutation(trpc.accidents.assess.mutationOptions({ onSuccess }));
  const pay = useMutation(trpc.accidents.pay.mutationOptions({ onSuccess }));
  const assessErrors = trpcFieldErrors(assess.error);
  const payErrors = trpcFieldErrors(pay.error);
  const error = [assess, pay].find((m) => m.error && !Object.keys(trpcFieldErrors(m.error)).length)?.error;
  if (paid) return null;
  return (
    <div className="flex flex-col gap-5">
      {saved ? <Alert variant="success">{t("saved")}</Alert> : null}
      {error ? <Alert variant="destructive">{error.message}</Alert> : null}
      <form
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          assess.mutate({ partyId, amountYuan: loss });
        }}
      >
        <FormField
          id="claim-loss"
          label={t("assess")}
          inputMode="decimal"
          value={loss}
          onChange={(e) => setLoss(e.target.value)}
          error={assessErrors.amountYuan ?? assessErrors.amount}
        />
        <Button type="submit" variant="secondary" disabled={assess.isPending}>
          {t("assessSubmit")}
        </Button>
      </form>
      {assessed ? (
        <form
          noValidate
          className="flex flex-col gap-3 border-t border-border pt-4"
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            pay.mutate({ partyId, amountYuan: amount });
          }}
        >
          <FormField
            id="claim-paid"
            label={t("pay")}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={payErrors.amountYuan ?? payErrors.amount}
          />
          <Button type="submit" disabled={pay.isPending}>
            {t("paySubmit")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
