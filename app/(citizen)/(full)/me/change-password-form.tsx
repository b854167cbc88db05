"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";

/**
 * Current password, new password twice. Success ends every session, this one too (the server has already
 * voided it), so the form turns into a way back to sign-in rather than pretending the page still works.
 */
export function ChangePasswordForm() {
  const t = useTranslations("me.security.changePassword");
  const trpc = useTRPC();
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(trpc.me.changePassword.mutationOptions());

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
  }

  if (change.isSuccess) {
    return (
      <Alert variant="success" title={t("done")}>
        <Link href="/login?next=%2Fme" className={buttonVariants({ className: "mt-2" })}>
          {t("signInAgain")}
        </Link>
      </Alert>
    );
  }

  const fields = trpcFieldErrors(change.error);
  const formError = change.error && Object.keys(fields).length === 0 ? change.error.message : null;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <FormField
        id="me-current-password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        label={t("current")}
        error={fields.currentPassword}
      />
      <FormField
        id="me-new-password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        label={t("new")}
        hint={t("rule")}
        error={fields.newPassword}
      />
      <FormField
        id="me-confirm-password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        label={t("confirm")}
        error={mismatch ? t("mismatch") : undefined}
      />
      <Button type="submit" className="self-start" disabled={change.isPending}>
        {change.isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
