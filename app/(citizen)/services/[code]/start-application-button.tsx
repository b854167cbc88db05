"use client";

import { useMutation } from "@tanstack/react-query";
import { FilePen } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

/**
 * "在线办理": opens a draft of this service and goes to its first step. Should a draft have been started
 * meanwhile (another tab, another device), the engine answers that one: one draft per service. A service
 * companies apply for first asks which of the citizen's companies this is for.
 */
export function StartApplicationButton({
  serviceCode,
  organisations,
}: {
  serviceCode: string;
  /** The companies the citizen acts for, on a company's service; undefined on a person's. */
  organisations?: { id: string; name: string }[];
}) {
  const t = useTranslations("applications.guide");
  const trpc = useTRPC();
  const router = useRouter();
  const [organisationId, setOrganisationId] = useState(organisations?.length === 1 ? organisations[0]!.id : "");
  const start = useMutation(
    trpc.applications.start.mutationOptions({ onSuccess: ({ id }) => router.push(`/me/applications/${id}/edit`) }),
  );
  const error = readTrpcError(start.error);
  return (
    <div className="flex flex-col gap-3">
      {start.error && !error?.fields.organisationId ? <Alert variant="destructive">{start.error.message}</Alert> : null}
      {organisations ? (
        <SelectField
          id="start-organisation"
          label={t("organisation")}
          hint={t("organisationHint")}
          error={error?.fields.organisationId}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          emptyOption={t("organisationChoose")}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
        />
      ) : null}
      <Button
        size="lg"
        className="self-stretch sm:self-start"
        disabled={start.isPending || start.isSuccess}
        onClick={() => start.mutate({ serviceCode, ...(organisationId ? { organisationId } : {}) })}
      >
        <FilePen aria-hidden="true" />
        {start.isPending || start.isSuccess ? t("starting") : t("apply")}
      </Button>
    </div>
  );
}
