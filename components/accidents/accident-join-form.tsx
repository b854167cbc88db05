"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type DriverDefaults, type InsurerOption, PartyFields, type PartyInput, partyFrom } from "./party-fields";

/** Another driver joins with the 6-digit code (pre-filled when they came by the QR code). */
export function AccidentJoinForm({
  insurers,
  me,
  initialCode,
}: {
  insurers: InsurerOption[];
  me: DriverDefaults;
  initialCode: string;
}) {
  const t = useTranslations("accidents.joinPage");
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [party, setParty] = useState<PartyInput>(() => partyFrom(me));
  const join = useMutation(
    trpc.accidents.join.mutationOptions({ onSuccess: (r) => router.push(`/traffic/accident/${r.id}`) }),
  );
  const errors = trpcFieldErrors(join.error);
  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        join.mutate({ code: code.trim(), party });
      }}
    >
      {join.error && Object.keys(errors).length === 0 ? (
        <Alert variant="destructive">{join.error.message}</Alert>
      ) : null}
      <FormField
        id="accident-code"
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, ""))}
        error={errors.code}
        className="font-mono text-2xl tracking-widest"
      />
      <PartyFields value={party} onChange={setParty} insurers={insurers} plates={me.plates} errors={errors} en={en} />
      <Button type="submit" size="lg" disabled={join.isPending}>
        {join.isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
