"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { initialSignInState } from "@/components/auth/sign-in-form-state";
import { SubmitButton } from "@/components/auth/submit-button";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { signInWithCode } from "./actions";

/** Phone → "get code" (then a 60-second wait before another) → code → sign in. */
export function SmsSignInForm({ next }: { next: string | null }) {
  const t = useTranslations("auth");
  const trpc = useTRPC();
  const [state, action] = useActionState(signInWithCode, initialSignInState);
  const [phone, setPhone] = useState(state.values.phone ?? "");
  const [phoneError, setPhoneError] = useState<string | undefined>();
  const [secondsLeft, setSecondsLeft] = useState(0);
  const requestCode = useMutation(
    trpc.account.requestSignInCode.mutationOptions({
      onSuccess: (result) => setSecondsLeft(result.cooldownSeconds),
    }),
  );

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);

  function onGetCode() {
    if (!phoneNumberPattern.test(phone.trim())) {
      setPhoneError(t("phoneInvalid"));
      return;
    }
    setPhoneError(undefined);
    requestCode.mutate({ phone: phone.trim() });
  }

  const requestError = requestCode.error?.message ?? null;
  const getCodeLabel = requestCode.isPending
    ? t("login.sending")
    : secondsLeft > 0
      ? t("login.resendIn", { seconds: secondsLeft })
      : t("login.getCode");

  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.error ? <Alert variant="destructive">{state.error}</Alert> : null}
      {requestError ? <Alert variant="destructive">{requestError}</Alert> : null}
      {requestCode.isSuccess && !requestError ? <Alert variant="info">{t("login.codeSent")}</Alert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField
        id="sms-phone"
        name="phone"
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        required
        label={t("login.phone")}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={phoneError ?? state.fieldErrors.phone}
      />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <FormField
            id="sms-code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={6}
            required
            label={t("login.code")}
            error={state.fieldErrors.code}
          />
        </div>
        <Button
          type="button"
          variant="outline"
          className="sm:min-w-40"
          onClick={onGetCode}
          disabled={requestCode.isPending || secondsLeft > 0}
        >
          {getCodeLabel}
        </Button>
      </div>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full" />
    </form>
  );
}
