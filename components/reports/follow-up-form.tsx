"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextReplyForm } from "@/components/forms/text-reply-form";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";

/**
 * The reporter's message to the unit: by the report's id for a named reporter, by the follow-up code for an
 * anonymous one (then `onSent` reloads what the code shows, since there is no page to refresh).
 */
export function FollowUpForm(props: { reportId: string } | { token: string; onSent: () => void }) {
  const t = useTranslations("reports.followUp");
  const trpc = useTRPC();
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const done = () => {
    setSent(true);
    if ("onSent" in props) props.onSent();
    else router.refresh();
  };
  const byId = useMutation(trpc.reports.followUp.mutationOptions({ onSuccess: done }));
  const byToken = useMutation(trpc.reports.followUpByToken.mutationOptions({ onSuccess: done }));
  const send = "token" in props ? byToken : byId;
  const errors = trpcFieldErrors(send.error);

  return (
    <TextReplyForm
      id="follow-up-body"
      name="body"
      label={t("label")}
      submit={send.isPending ? t("sending") : t("send")}
      pending={send.isPending}
      error={errors.body}
      rows={3}
      maxLength={1000}
      onSubmit={(body, clear) => {
        setSent(false);
        const sentOk = { onSuccess: clear };
        if ("token" in props) byToken.mutate({ token: props.token, body }, sentOk);
        else byId.mutate({ id: props.reportId, body }, sentOk);
      }}
    >
      {sent ? <Alert variant="success">{t("sent")}</Alert> : null}
      {send.error && !errors.body ? <Alert variant="destructive">{send.error.message}</Alert> : null}
    </TextReplyForm>
  );
}
