"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type FieldErrors = Record<string, string[] | undefined> | undefined;

function firstFieldError(errors: FieldErrors, field: string) {
  return errors?.[field]?.[0];
}

/** Account + password → QR code and key → first code binds the authenticator → back to sign-in. */
export function TotpSetupFlow() {
  const t = useTranslations("auth");
  const format = useFormatter();
  const router = useRouter();
  const trpc = useTRPC();
  const [account, setAccount] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const start = useMutation(trpc.account.startTotpEnrolment.mutationOptions({ onSuccess: () => setPassword("") }));
  const confirm = useMutation(
    trpc.account.confirmTotpEnrolment.mutationOptions({ onSuccess: () => router.push("/staff/login?enrolled=1") }),
  );
  const enrolment = start.data;

  if (!enrolment) {
    const fieldErrors = start.error?.data?.fieldErrors as FieldErrors;
    return (
      <form
        className="flex flex-col gap-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate({ account: account.trim(), password });
        }}
      >
        <h2 className="text-lg font-semibold">{t("totpSetup.step1")}</h2>
        {start.error && !fieldErrors ? <Alert variant="destructive">{start.error.message}</Alert> : null}
        <FormField
          id="enrol-account"
          name="account"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={32}
          required
          label={t("staff.account")}
          value={account}
          onChange={(e) => setAccount(e.target.value)}
          error={firstFieldError(fieldErrors, "account")}
        />
        <FormField
          id="enrol-password"
          name="password"
          type="password"
          autoComplete="current-password"
          maxLength={128}
          required
          label={t("staff.password")}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={firstFieldError(fieldErrors, "password")}
        />
        <Button type="submit" size="lg" disabled={start.isPending}>
          {start.isPending ? t("totpSetup.checking") : t("totpSetup.continue")}
        </Button>
      </form>
    );
  }

  const codeErrors = confirm.error?.data?.fieldErrors as FieldErrors;
  return (
    <div className="flex flex-col gap-6">
      <section className="flex flex-col gap-3" aria-labelledby="enrol-step2">
        <h2 id="enrol-step2" className="text-lg font-semibold">
          {t("totpSetup.step2")}
        </h2>
        <p>{t("totpSetup.scanHint")}</p>
        <img
          src={enrolment.qrDataUrl}
          alt={t("totpSetup.qrAlt")}
          width={240}
          height={240}
          className="mx-auto size-60 rounded-md border border-border bg-white"
        />
        <div>
          <p className="text-sm text-muted-foreground">{t("totpSetup.secret")}</p>
          <p className="font-mono text-lg tracking-wider break-all select-all" data-testid="totp-secret">
            {enrolment.secret.match(/.{1,4}/g)?.join(" ")}
          </p>
        </div>
        <p className="text-sm text-muted-foreground">
          {t("totpSetup.expiresAt", {
            time: format.dateTime(enrolment.expiresAt, { hour: "2-digit", minute: "2-digit" }),
          })}
        </p>
      </section>
      <form
        className="flex flex-col gap-4"
        noValidate
        aria-labelledby="enrol-step3"
        onSubmit={(e) => {
          e.preventDefault();
          confirm.mutate({ token: enrolment.token, code: code.trim() });
        }}
      >
        <h2 id="enrol-step3" className="text-lg font-semibold">
          {t("totpSetup.step3")}
        </h2>
        {confirm.error && !codeErrors ? <Alert variant="destructive">{confirm.error.message}</Alert> : null}
        <FormField
          id="enrol-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          label={t("totpSetup.code")}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={firstFieldError(codeErrors, "code")}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" size="lg" disabled={confirm.isPending || confirm.isSuccess}>
            {confirm.isPending || confirm.isSuccess ? t("totpSetup.confirming") : t("totpSetup.confirm")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            size="lg"
            onClick={() => {
              start.reset();
              confirm.reset();
              setCode("");
            }}
          >
            {t("totpSetup.restart")}
          </Button>
        </div>
      </form>
    </div>
  );
}
