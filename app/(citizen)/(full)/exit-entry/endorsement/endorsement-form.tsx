"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { formatDay } from "@/server/dates/format-day";

const destinations = ["hong_kong", "macau", "both"] as const;
const tripOptions = ["one", "two"] as const;

/** Mirrors endorsementFeeFen on the server, which decides the amount actually charged. */
const feeYuan = (destination: (typeof destinations)[number], trips: (typeof tripOptions)[number]) =>
  (trips === "one" ? 15 : 30) * (destination === "both" ? 2 : 1);

export function EndorsementForm({ permits }: { permits: { id: string; maskedNumber: string; expiryDate: string }[] }) {
  const t = useTranslations("exitEntry.endorsement");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [documentId, setDocumentId] = useState(permits[0]?.id ?? "");
  const [destination, setDestination] = useState<(typeof destinations)[number]>("hong_kong");
  const [trips, setTrips] = useState<(typeof tripOptions)[number]>("one");
  const apply = useMutation(trpc.exitEntry.applyEndorsement.mutationOptions({ onSuccess: () => router.refresh() }));
  const fields = trpcFieldErrors(apply.error);
  return (
    <form
      className="flex flex-col gap-5 rounded-lg border border-border bg-surface p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply.mutate({ documentId, destination, trips });
      }}
    >
      <SelectField
        id="endorsement-permit"
        label={t("permit")}
        error={fields.documentId}
        value={documentId}
        onChange={(e) => setDocumentId(e.target.value)}
        options={permits.map((p) => ({
          value: p.id,
          label: `${p.maskedNumber}（${formatDay(p.expiryDate, locale)}）`,
        }))}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("destination")}</legend>
        <div className="flex flex-wrap gap-4">
          {destinations.map((d) => (
            <label key={d} className="flex min-h-tap items-center gap-2">
              <input
                type="radio"
                name="destination"
                value={d}
                checked={destination === d}
                onChange={() => setDestination(d)}
              />
              {t(`destinations.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("trips")}</legend>
        <div className="flex flex-wrap gap-4">
          {tripOptions.map((o) => (
            <label key={o} className="flex min-h-tap items-center gap-2">
              <input type="radio" name="trips" value={o} checked={trips === o} onChange={() => setTrips(o)} />
              {t(`tripsOptions.${o}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="font-medium">{t("fee", { amount: feeYuan(destination, trips) })}</p>
      {apply.isSuccess ? (
        <Alert variant="success" role="status">
          {t("submitted", { number: apply.data.number })}
        </Alert>
      ) : null}
      {apply.error && !Object.keys(fields).length ? <Alert variant="destructive">{apply.error.message}</Alert> : null}
      <div>
        <Button type="submit" size="lg" disabled={apply.isPending || !documentId}>
          {apply.isPending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

export function WithdrawEndorsementButton({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("exitEntry.endorsement");
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(
    trpc.exitEntry.withdrawEndorsement.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        variant="outline"
        className="self-start"
        disabled={withdraw.isPending}
        onClick={() => withdraw.mutate({ applicationId, version })}
      >
        {t("withdraw")}
      </Button>
      {withdraw.error ? (
        <p role="alert" className="text-sm text-destructive">
          {withdraw.error.message}
        </p>
      ) : null}
    </div>
  );
}
