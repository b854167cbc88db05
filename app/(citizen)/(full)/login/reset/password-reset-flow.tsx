"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { NewPasswordFields, newPasswordReady } from "@/components/auth/new-password-fields";
import { PhoneCodeSteps, usePhoneCode } from "@/components/auth/phone-code-steps";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { StepHeading } from "@/components/auth/step-heading";
import { useStepFlow } from "@/components/auth/use-step-flow";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { checkPasswordRule } from "@/server/accounts/password-rule";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { StepSubmitButton } from "@/components/auth/step-submit-button";

const steps = ["phone", "code", "password"] as const;
type Step = (typeof steps)[number];

/**
 * Phone → SMS code → new password. The page never says whether the phone is registered: an unknown
 * phone simply receives no code, and its code check fails like a mistyped one.
 */
export function PasswordResetFlow() {
  const t = useTranslations("passwordReset");
  const tf = useTranslations("accountFlow");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();

  const flow = useStepFlow<Step>("phone");
  const { step, moved, tried, setTried, setFormError, go, fieldError, generalError } = flow;
  const phoneCode = usePhoneCode(flow, useMutation(trpc.passwordReset.requestCode.mutationOptions()));
  const { phone, code } = phoneCode;
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");

  const checkCode = useMutation(trpc.passwordReset.checkCode.mutationOptions());
  const reset = useMutation(trpc.passwordReset.reset.mutationOptions());

  function onCode(number: string, typed: string) {
    checkCode.mutate(
      { phone: number, code: typed },
      { onSuccess: () => go("password"), onError: (error) => setFormError(readTrpcError(error)) },
    );
  }

  function onPassword(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!newPasswordReady(password, confirm)) return;
    reset.mutate(
      { phone: phone.trim(), code, password },
      {
        onSuccess: () => router.push("/login?reset=1"),
        onError: (error) => {
          const refusal = readTrpcError(error);
          if (refusal?.code === "INVALID_CODE") return go("code", refusal);
          setFormError(refusal);
        },
      },
    );
  }

  const index = steps.indexOf(step);
  const heading = (
    <StepHeading key={step} current={index + 1} total={steps.length} title={t(`steps.${step}`)} focus={moved} />
  );
  const serverMessage = generalError ? <Alert variant="destructive">{generalError}</Alert> : null;
  const actions = "flex flex-col gap-3 sm:flex-row sm:justify-between";

  if (step === "phone" || step === "code") {
    return (
      <PhoneCodeSteps
        step={step}
        idPrefix="reset"
        flow={flow}
        phoneCode={phoneCode}
        phoneValid={phoneNumberPattern.test(phone.trim())}
        heading={heading}
        serverMessage={serverMessage}
        sentNotice={<Alert variant="info">{t("codeSent")}</Alert>}
        checking={checkCode.isPending}
        onCode={onCode}
      />
    );
  }

  const passwordProblem = checkPasswordRule(password)[0];
  return (
    <form onSubmit={onPassword} noValidate className="flex flex-col gap-4">
      {heading}
      {serverMessage}
      <NewPasswordFields
        idPrefix="reset"
        label={tf("newPassword")}
        password={password}
        confirm={confirm}
        onPassword={setPassword}
        onConfirm={setConfirm}
        showConfirmError={tried}
        error={fieldError("password", passwordProblem ? te(passwordProblem) : null)}
      />
      <p className="text-sm text-muted-foreground">{t("afterReset")}</p>
      <div className={actions}>
        <Button variant="secondary" size="lg" className="w-full sm:w-auto" onClick={() => go("code")}>
          {tf("back")}
        </Button>
        <StepSubmitButton label={t("submit")} busy={reset.isPending || reset.isSuccess} busyLabel={t("submitting")} />
      </div>
    </form>
  );
}
