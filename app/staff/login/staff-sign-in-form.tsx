"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { initialSignInState } from "@/components/auth/sign-in-form-state";
import { SubmitButton } from "@/components/auth/submit-button";
import { Alert } from "@/components/ui/alert";
import { signInStaffAction } from "./actions";

export function StaffSignInForm({ next }: { next: string | null }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signInStaffAction, initialSignInState);
  const [account, setAccount] = useState(state.values.account ?? "");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.error ? <Alert variant="destructive">{state.error}</Alert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField
        id="staff-account"
        name="account"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={32}
        required
        label={t("staff.account")}
        value={account}
        onChange={(e) => setAccount(e.target.value)}
        error={state.fieldErrors.account}
      />
      <FormField
        id="staff-password"
        name="password"
        type="password"
        autoComplete="current-password"
        maxLength={128}
        required
        label={t("staff.password")}
        error={state.fieldErrors.password}
      />
      <FormField
        id="staff-totp"
        name="totp"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="\d{6}"
        maxLength={6}
        required
        label={t("staff.totp")}
        hint={t("staff.totpHint")}
        error={state.fieldErrors.totp}
      />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full" />
    </form>
  );
}
