"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { NewPasswordFields, newPasswordReady } from "@/components/auth/new-password-fields";
import { PhoneCodeSteps, usePhoneCode } from "@/components/auth/phone-code-steps";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { initialSignInState } from "@/components/auth/sign-in-form-state";
import { StepHeading } from "@/components/auth/step-heading";
import { useStepFlow } from "@/components/auth/use-step-flow";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { checkPasswordRule } from "@/server/accounts/password-rule";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { maskPhone } from "@/server/crypto/mask";
import { idNumberProblem } from "@/server/population/id-number-problem";
import { isPersonName } from "@/server/population/normalise-name";
import { signInAfterRegistration } from "./actions";
import { StepSubmitButton } from "@/components/auth/step-submit-button";

const steps = ["phone", "code", "identity", "password", "consent"] as const;
type Step = (typeof steps)[number];

/** Which step holds each field, so a refusal from the server sends the person back to the right place. */
const stepOfField: Record<string, Step> = {
  phone: "phone",
  code: "code",
  name: "identity",
  idNumber: "identity",
  password: "password",
  consent: "consent",
};

type Blocked = { kind: "phoneRegistered" } | { kind: "idTaken"; message: string };

/**
 * Registration, one question per screen so it stays readable on a 360 px phone and in care mode:
 * phone → SMS code → name and ID number → password → consent. Everything is checked as the person goes
 * (the same rules the server applies); the server has the last word on submit, and its answer decides
 * where the person goes next.
 */
export function RegistrationFlow({ consentVersion }: { consentVersion: string }) {
  const t = useTranslations("registration");
  const tf = useTranslations("accountFlow");
  const te = useTranslations("errors");
  const trpc = useTRPC();

  const flow = useStepFlow<Step>("phone");
  const { step, moved, tried, setTried, formError, setFormError, go, fieldError, generalError } = flow;
  const [blocked, setBlocked] = useState<Blocked | null>(null);

  const phoneCode = usePhoneCode(flow, useMutation(trpc.registration.requestCode.mutationOptions()));
  const { phone, code } = phoneCode;
  const [name, setName] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [consent, setConsent] = useState(false);

  const [signInState, signIn, signingIn] = useActionState(signInAfterRegistration, initialSignInState);
  const checkCode = useMutation(trpc.registration.checkCode.mutationOptions());
  const register = useMutation(trpc.registration.register.mutationOptions());
  const alertHolder = useMutation(trpc.registration.alertIdHolder.mutationOptions());

  function onCode(number: string, typed: string) {
    checkCode.mutate(
      { phone: number, code: typed },
      {
        onSuccess: (result) => (result.phoneRegistered ? setBlocked({ kind: "phoneRegistered" }) : go("identity")),
        onError: (error) => setFormError(readTrpcError(error)),
      },
    );
  }

  const nameProblem = isPersonName(name) ? null : te("NAME_INVALID");
  const idProblem = idNumberProblem(idNumber.trim().toUpperCase());
  // The ID number is judged as soon as all 18 characters are in, not at every keystroke before.
  const idError =
    formError?.fields.idNumber ?? (idProblem && (tried || idNumber.trim().length >= 18) ? te(idProblem) : undefined);

  function onIdentity(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (nameProblem || idProblem) return;
    go("password");
  }

  const passwordProblem = checkPasswordRule(password)[0];
  function onPassword(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!newPasswordReady(password, confirm)) return;
    go("consent");
  }

  function onConsent(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!consent) return;
    register.mutate(
      { phone: phone.trim(), code, name, idNumber: idNumber.trim(), password, consentVersion },
      {
        onSuccess: () => {
          const form = new FormData();
          form.set("phone", phone.trim());
          form.set("password", password);
          startTransition(() => signIn(form));
        },
        onError: (error) => {
          const refusal = readTrpcError(error);
          if (!refusal) return;
          if (refusal.code === "PHONE_ALREADY_REGISTERED") return setBlocked({ kind: "phoneRegistered" });
          if (refusal.code === "ID_ALREADY_REGISTERED")
            return setBlocked({ kind: "idTaken", message: refusal.message });
          if (refusal.code === "INVALID_CODE") return go("code", refusal);
          if (refusal.code === "IDENTITY_MISMATCH") return go("identity", refusal);
          const first = steps.find((s) => Object.keys(refusal.fields).some((f) => stepOfField[f] === s));
          if (first) return go(first, refusal);
          setFormError(refusal);
        },
      },
    );
  }

  if (blocked?.kind === "phoneRegistered") {
    return (
      <div className="flex flex-col gap-4">
        <Alert variant="warning" title={t("phoneRegistered.title")}>
          {t("phoneRegistered.body")}
        </Alert>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href="/login" className={buttonVariants({ size: "lg", className: "w-full sm:w-auto" })}>
            {t("phoneRegistered.signIn")}
          </Link>
          <Link
            href="/login/reset"
            className={buttonVariants({ variant: "secondary", size: "lg", className: "w-full sm:w-auto" })}
          >
            {t("phoneRegistered.reset")}
          </Link>
        </div>
      </div>
    );
  }

  if (blocked?.kind === "idTaken") {
    const alertResult = alertHolder.data;
    const alertError = readTrpcError(alertHolder.error);
    return (
      <div className="flex flex-col gap-4">
        <Alert variant="warning" title={t("idTaken.title")}>
          {blocked.message}
        </Alert>
        <section aria-labelledby="id-taken-options" className="flex flex-col gap-2">
          <h2 id="id-taken-options" className="font-semibold">
            {t("idTaken.optionsTitle")}
          </h2>
          <ol className="flex list-decimal flex-col gap-2 ps-6">
            <li>{t("idTaken.optionSignIn")}</li>
            <li>{t("idTaken.optionWindow")}</li>
            <li>{t("idTaken.optionAlert")}</li>
          </ol>
        </section>
        {alertResult ? (
          <Alert variant={alertResult.sent ? "success" : "info"}>
            {alertResult.sent ? t("idTaken.alerted") : t("idTaken.alreadyAlerted")}
          </Alert>
        ) : null}
        {alertError ? <Alert variant="destructive">{alertError.message}</Alert> : null}
        <div className="flex flex-col gap-3">
          <Button
            variant="outline"
            size="lg"
            disabled={alertHolder.isPending || !!alertResult}
            onClick={() => alertHolder.mutate({ phone: phone.trim(), code, name, idNumber: idNumber.trim() })}
          >
            {alertHolder.isPending ? t("idTaken.alerting") : t("idTaken.alert")}
          </Button>
          <Link href="/login" className={buttonVariants({ size: "lg" })}>
            {t("idTaken.signIn")}
          </Link>
          <Button
            variant="secondary"
            size="lg"
            onClick={() => {
              setBlocked(null);
              alertHolder.reset();
              go("identity");
            }}
          >
            {t("idTaken.edit")}
          </Button>
        </div>
      </div>
    );
  }

  const index = steps.indexOf(step);
  const heading = (
    <StepHeading key={step} current={index + 1} total={steps.length} title={t(`steps.${step}`)} focus={moved} />
  );
  const serverMessage = generalError ? <Alert variant="destructive">{generalError}</Alert> : null;
  const back = (to: Step) => (
    <Button variant="secondary" size="lg" className="w-full sm:w-auto" onClick={() => go(to)}>
      {tf("back")}
    </Button>
  );
  const actions = "flex flex-col gap-3 sm:flex-row sm:justify-between";

  if (step === "phone" || step === "code") {
    return (
      <PhoneCodeSteps
        step={step}
        idPrefix="register"
        flow={flow}
        phoneCode={phoneCode}
        phoneValid={phoneNumberPattern.test(phone.trim())}
        phoneHint={tf("phoneHint")}
        heading={heading}
        serverMessage={serverMessage}
        sentNotice={<Alert variant="info">{tf("codeSentTo", { phone: maskPhone(phone) })}</Alert>}
        checking={checkCode.isPending}
        onCode={onCode}
      />
    );
  }

  if (step === "identity") {
    return (
      <form onSubmit={onIdentity} noValidate className="flex flex-col gap-4">
        {heading}
        <p className="text-muted-foreground">{t("identityHint")}</p>
        {serverMessage}
        <FormField
          id="register-name"
          name="name"
          autoComplete="name"
          maxLength={40}
          required
          label={t("name")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError("name", nameProblem)}
        />
        <FormField
          id="register-id-number"
          name="idNumber"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={18}
          required
          label={t("idNumber")}
          hint={t("idNumberHint")}
          value={idNumber}
          onChange={(e) => setIdNumber(e.target.value.replace(/\s/g, ""))}
          error={idError}
        />
        <div className={actions}>
          {back("code")}
          <StepSubmitButton label={tf("next")} busy={false} busyLabel={tf("next")} />
        </div>
      </form>
    );
  }

  if (step === "password") {
    return (
      <form onSubmit={onPassword} noValidate className="flex flex-col gap-4">
        {heading}
        <p className="text-muted-foreground">{t("passwordHint")}</p>
        {serverMessage}
        <NewPasswordFields
          idPrefix="register"
          label={tf("password")}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          showConfirmError={tried}
          error={fieldError("password", passwordProblem ? te(passwordProblem) : null)}
        />
        <div className={actions}>
          {back("identity")}
          <StepSubmitButton label={tf("next")} busy={false} busyLabel={tf("next")} />
        </div>
      </form>
    );
  }

  const submitting = register.isPending || signingIn || register.isSuccess;
  const consentError = fieldError("consent", consent ? null : t("consentRequired"));
  return (
    <form onSubmit={onConsent} noValidate className="flex flex-col gap-4">
      {heading}
      {serverMessage}
      {register.isSuccess && signInState.error ? (
        <Alert variant="destructive">
          {t("signInFailed", { message: signInState.error })}{" "}
          <Link href="/login" className="font-medium underline">
            {t("signInManually")}
          </Link>
        </Alert>
      ) : null}
      <p>{t("consentIntro")}</p>
      <ul className="flex list-disc flex-col gap-2 ps-6">
        {(["purpose", "kept", "duration", "rights"] as const).map((k) => (
          <li key={k}>{t(`consentPoints.${k}`)}</li>
        ))}
      </ul>
      <p>
        <a href="/privacy" target="_blank" rel="noopener" className="font-medium text-primary underline">
          {t("readNotice")}
        </a>
      </p>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="register-consent" className="flex min-h-tap cursor-pointer items-start gap-3">
          <input
            id="register-consent"
            name="consent"
            type="checkbox"
            className="mt-1 size-6 shrink-0 accent-primary"
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? "register-consent-error" : undefined}
          />
          <span>{t("consentLabel", { version: consentVersion })}</span>
        </label>
        {consentError ? (
          <p id="register-consent-error" role="alert" className="text-sm font-medium text-destructive">
            {consentError}
          </p>
        ) : null}
      </div>
      <div className={actions}>
        {back("password")}
        <StepSubmitButton
          label={t("submit")}
          busy={submitting}
          busyLabel={register.isSuccess ? t("signingIn") : t("submitting")}
        />
      </div>
    </form>
  );
}
