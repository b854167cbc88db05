"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { initialSignInState } from "@/components/auth/sign-in-form-state";
import { SubmitButton } from "@/components/auth/submit-button";
import { Alert } from "@/components/ui/alert";
import { signInWithPassword } from "./actions";

export function PasswordSignInForm({ next }: { next: string | null }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signInWithPassword, initialSignInState);
  const [phone, setPhone] = useState(state.values.phone ?? "");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.error ? <Alert variant="destructive">{state.error}</Alert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField
        id="login-phone"
        name="phone"
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        required
        label={t("login.phone")}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={state.fieldErrors.phone}
      />
      <FormField
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        maxLength={128}
        required
        label={t("login.password")}
        error={state.fieldErrors.password}
      />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full" />
    </form>
  );
}
