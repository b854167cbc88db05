"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";

/**
 * Filters the log by person: the typed ID number is posted and swapped for its audit key, which is what
 * goes into the address bar, beside the other filters already applied.
 */
export function SubjectFilter({ otherFilters }: { otherFilters: string }) {
  const t = useTranslations("audit");
  const trpc = useTRPC();
  const router = useRouter();
  const [idNumber, setIdNumber] = useState("");
  const subjectKey = useMutation(
    trpc.audit.subjectKey.mutationOptions({
      onSuccess: ({ subject }) => {
        setIdNumber("");
        const params = new URLSearchParams(otherFilters);
        params.set("subject", subject);
        router.push(`/admin/audit?${params.toString()}`);
      },
    }),
  );
  const idNumberError = trpcFieldErrors(subjectKey.error).idNumber;
  return (
    <form
      className="flex flex-col gap-3 md:flex-row md:items-end"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        subjectKey.mutate({ idNumber: idNumber.trim() });
      }}
    >
      <div className="flex-1">
        <FormField
          id="audit-subject"
          name="idNumber"
          label={t("filter.subject")}
          hint={t("filter.subjectHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={24}
          value={idNumber}
          onChange={(e) => setIdNumber(e.target.value)}
          error={idNumberError ?? subjectKey.error?.message}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={subjectKey.isPending}>
        {t("filter.subjectApply")}
      </Button>
    </form>
  );
}
