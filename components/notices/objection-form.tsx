"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

/** The objection to one notice: what is wrong, and a contact phone when not the account's own. */
export function ObjectionForm({ noticeId }: { noticeId: string }) {
  const t = useTranslations("notices.objection");
  const trpc = useTRPC();
  const [phone, setPhone] = useState("");
  const [body, setBody] = useState("");
  const submit = useMutation(trpc.notices.object.mutationOptions());
  const errors = trpcFieldErrors(submit.error);

  if (submit.data) {
    return (
      <Alert variant="success" title={t("sentTitle")}>
        <p>{t("sent")}</p>
        <Link href="/me/objections" className="text-primary underline underline-offset-4">
          {t("mine")}
        </Link>
      </Alert>
    );
  }
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate({ noticeId, contactPhone: phone.trim() || undefined, body: body.trim() });
      }}
    >
      {submit.error && !errors.body && !errors.contactPhone ? (
        <Alert variant="destructive">{submit.error.message}</Alert>
      ) : null}
      <Field id="objection-phone" label={t("phone")} hint={t("phoneHint")} error={errors.contactPhone}>
        {(control) => (
          <Input
            {...control}
            name="contactPhone"
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={11}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        )}
      </Field>
      <Field id="objection-body" label={t("body")} hint={t("bodyHint")} error={errors.body} required>
        {(control) => (
          <Textarea
            {...control}
            name="body"
            rows={5}
            maxLength={1000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" size="lg" className="self-stretch sm:self-start" disabled={submit.isPending}>
        {submit.isPending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
