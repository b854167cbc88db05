"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleHelp, CircleX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { verdictLooks } from "@/components/verify/verdict-looks";

const statusLook = {
  valid: { Icon: CircleCheck, ...verdictLooks.good },
  expired: { Icon: CircleX, ...verdictLooks.bad },
  cancelled: { Icon: CircleX, ...verdictLooks.bad },
  lost: { Icon: CircleX, ...verdictLooks.bad },
  not_found: { Icon: CircleHelp, ...verdictLooks.unknown },
} as const;

/** Number and name in, the document's status out: nothing of the holder beyond what was typed. */
export function TravelDocumentCheckForm() {
  const t = useTranslations("licences.travelCheck");
  const trpc = useTRPC();
  const [documentNumber, setDocumentNumber] = useState("");
  const [name, setName] = useState("");
  const check = useMutation(trpc.licences.checkTravelDocument.mutationOptions());
  const fields = trpcFieldErrors(check.error);
  const result = check.data;
  const look = result ? statusLook[result.status] : null;
  return (
    <div className="flex flex-col gap-6">
      <form
        className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          check.mutate({ documentNumber, name });
        }}
      >
        <FormField
          id="travel-document-number"
          label={t("numberLabel")}
          hint={t("numberHint")}
          error={fields.documentNumber}
          value={documentNumber}
          onChange={(e) => setDocumentNumber(e.target.value)}
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="font-mono text-lg tracking-wider uppercase"
          required
        />
        <FormField
          id="travel-document-name"
          label={t("nameLabel")}
          error={fields.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={40}
          autoComplete="off"
          required
        />
        {check.error && !Object.keys(fields).length ? (
          <Alert variant="destructive">{check.error.message || t("failed")}</Alert>
        ) : null}
        <Button type="submit" size="lg" disabled={check.isPending} className="self-stretch sm:self-start">
          {check.isPending ? t("checking") : t("submit")}
        </Button>
      </form>
      {result && look ? (
        <section
          aria-labelledby="travel-check-status"
          aria-live="polite"
          className={cn("flex flex-col gap-3 rounded-lg border-2 p-4 sm:p-6", look.box)}
        >
          <h2 className="text-lg font-semibold">{t("resultTitle")}</h2>
          <p id="travel-check-status" className="flex items-center gap-3 text-3xl font-bold">
            <look.Icon aria-hidden="true" className={cn("size-10 shrink-0", look.icon)} />
            <span>{t(`status.${result.status}.label`)}</span>
          </p>
          <p>
            {result.status === "not_found"
              ? t("status.not_found.explanation")
              : t(`status.${result.status}.explanation`, { type: t(`types.${result.type}`) })}
          </p>
          {result.status !== "not_found" ? <p className="text-sm">{t("privacyNote")}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
