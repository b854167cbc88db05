"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";

/** Hands one held item back: the claimant's name and ID number as shown on their ID card. */
export function ReturnFoundItemForm({ itemId, itemNumber }: { itemId: string; itemNumber: string }) {
  const t = useTranslations("lostFound.desk");
  const trpc = useTRPC();
  const router = useRouter();
  const [claimantName, setName] = useState("");
  const [claimantIdNumber, setIdNumber] = useState("");
  const returned = useMutation(trpc.lostFound.returnItem.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = trpcFieldErrors(returned.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <details className="min-w-56">
      <summary className="min-h-tap cursor-pointer py-2 text-primary underline underline-offset-4">
        {t("returnOpen")}
      </summary>
      <form
        noValidate
        className="mt-2 flex flex-col gap-3"
        aria-label={t("returnTitle", { itemNumber })}
        onSubmit={(e) => {
          e.preventDefault();
          returned.mutate({ itemId, claimantName, claimantIdNumber });
        }}
      >
        {returned.error && !hasFieldErrors ? <Alert variant="destructive">{returned.error.message}</Alert> : null}
        <FormField
          id={`claimant-name-${itemId}`}
          name="claimantName"
          label={t("claimantName")}
          autoComplete="off"
          required
          value={claimantName}
          onChange={(e) => setName(e.target.value)}
          error={errors.claimantName}
        />
        <FormField
          id={`claimant-id-${itemId}`}
          name="claimantIdNumber"
          label={t("claimantIdNumber")}
          hint={t("claimantHint")}
          autoComplete="off"
          spellCheck={false}
          maxLength={18}
          required
          value={claimantIdNumber}
          onChange={(e) => setIdNumber(e.target.value)}
          error={errors.claimantIdNumber}
        />
        <Button type="submit" variant="secondary" disabled={returned.isPending}>
          {t("returnConfirm")}
        </Button>
      </form>
    </details>
  );
}
