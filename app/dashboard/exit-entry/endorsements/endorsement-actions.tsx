"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import type { EndorsementState } from "@/db/schema";
import { nextEndorsementState, officerEndorsementActions } from "@/server/exit-entry/endorsement-transitions";

const labels = {
  receive_fee: "receiveFee",
  receive_permit: "receivePermit",
  endorse: "endorse",
  reject: "reject",
} as const;

/** The steps the state machine allows from here; refusing needs a reason the applicant will read. */
export function EndorsementActions({
  applicationId,
  version,
  state,
}: {
  applicationId: string;
  version: number;
  state: EndorsementState;
}) {
  const t = useTranslations("exitEntry.endorsement");
  const trpc = useTRPC();
  const router = useRouter();
  const [note, setNote] = useState("");
  const act = useMutation(trpc.exitEntry.actOnEndorsement.mutationOptions({ onSuccess: () => router.refresh() }));
  const fields = trpcFieldErrors(act.error);
  const allowed = officerEndorsementActions.filter((a) => a !== "reject" && nextEndorsementState(state, a));
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {allowed.map((action) => (
          <Button
            key={action}
            type="button"
            disabled={act.isPending}
            onClick={() => act.mutate({ applicationId, version, action })}
          >
            {t(labels[action])}
          </Button>
        ))}
      </div>
      <form
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          act.mutate({ applicationId, version, action: "reject", note });
        }}
      >
        <div className="flex-1">
          <FormField
            id={`reject-${applicationId}`}
            label={t("rejectReason")}
            maxLength={200}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={fields.note}
          />
        </div>
        <Button type="submit" variant="destructive" disabled={act.isPending}>
          {t("reject")}
        </Button>
      </form>
      {act.error && !fields.note ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {act.error.message}
        </p>
      ) : null}
    </div>
  );
}
