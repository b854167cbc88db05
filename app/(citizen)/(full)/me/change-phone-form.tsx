"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";

/** New number → codes to the old and the new phone (then a minute before more) → both codes → changed. */
export function ChangePhoneForm() {
  const t = useTranslations("me.security.changePhone");
  const tAuth = useTranslations("auth");
  const trpc = useTRPC();
  const router = useRouter();
  const [newPhone, setNewPhone] = useState("");
  const [phoneError, setPhoneError] = useState<string | undefined>();
  const [secondsLeft, setSecondsLeft] = useState(0);
  const requestCodes = useMutation(
    trpc.me.requestChangePhoneCodes.mutationOptions({ onSuccess: (r) => setSecondsLeft(r.cooldownSeconds) }),
  );
  const change = useMutation(trpc.me.changePhone.mutationOptions({ onSuccess: () => router.refresh() }));

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);

  function onGetCodes() {
    if (!phoneNumberPattern.test(newPhone.trim())) {
      setPhoneError(tAuth("phoneInvalid"));
      return;
    }
    setPhoneError(undefined);
    change.reset();
    requestCodes.mutate({ newPhone: newPhone.trim() });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    change.mutate({
      newPhone: newPhone.trim(),
      oldPhoneCode: String(form.get("oldPhoneCode") ?? ""),
      newPhoneCode: String(form.get("newPhoneCode") ?? ""),
    });
  }

  if (change.isSuccess) {
    return <Alert variant="success">{t("done", { phone: change.data.maskedPhone })}</Alert>;
  }

  const requestFields = trpcFieldErrors(requestCodes.error);
  const changeFields = trpcFieldErrors(change.error);
  const sent = requestCodes.isSuccess ? requestCodes.data : null;
  const getCodesLabel = requestCodes.isPending
    ? t("sending")
    : secondsLeft > 0
      ? t("resendIn", { seconds: secondsLeft })
      : t("getCodes");
  const requestError = requestCodes.error && !requestFields.newPhone ? requestCodes.error.message : null;
  const changeError = change.error && Object.keys(changeFields).length === 0 ? change.error.message : null;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {requestError ? <Alert variant="destructive">{requestError}</Alert> : null}
      {changeError ? <Alert variant="destructive">{changeError}</Alert> : null}
      {sent ? (
        <Alert variant="info">{t("codesSent", { oldPhone: sent.maskedOldPhone, newPhone: sent.maskedNewPhone })}</Alert>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <FormField
            id="me-new-phone"
            name="newPhone"
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={11}
            required
            label={t("newPhone")}
            value={newPhone}
            onChange={(e) => setNewPhone(e.target.value)}
            error={phoneError ?? requestFields.newPhone ?? changeFields.newPhone}
          />
        </div>
        <Button
          type="button"
          variant="outline"
          className="sm:min-w-40"
          onClick={onGetCodes}
          disabled={requestCodes.isPending || secondsLeft > 0}
        >
          {getCodesLabel}
        </Button>
      </div>
      {sent ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              id="me-old-phone-code"
              name="oldPhoneCode"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="\d{6}"
              maxLength={6}
              required
              label={t("oldCode")}
              error={changeFields.oldPhoneCode}
            />
            <FormField
              id="me-new-phone-code"
              name="newPhoneCode"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="\d{6}"
              maxLength={6}
              required
              label={t("newCode")}
              error={changeFields.newPhoneCode}
            />
          </div>
          <Button type="submit" className="self-start" disabled={change.isPending}>
            {change.isPending ? t("submitting") : t("submit")}
          </Button>
        </>
      ) : null}
    </form>
  );
}
