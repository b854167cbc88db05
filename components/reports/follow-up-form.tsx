"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

/**
 * The reporter's message to the unit: by the report's id for a named reporter, by the follow-up code for an
 * anonymous one (then `onSent` reloads what the code shows, since there is no page to refresh).
 */
export function FollowUpForm(props: { reportId: string } | { token: string; onSent: () => void }) {
  const t = useTranslations("reports.followUp");
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [sent, setSent] = useState(false);
  const done = () => {
    setBody("");
    setSent(true);
    if ("onSent" in props) props.onSent();
    else router.refresh();
  };
  const byId = useMutation(trpc.reports.followUp.mutationOptions({ onSuccess: done }));
  const byToken = useMutation(trpc.reports.followUpByToken.mutationOptions({ onSuccess: done }));
  const send = "token" in props ? byToken : byId;
  const errors = trpcFieldErrors(send.error);

  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        setSent(false);
        if ("token" in props) byToken.mutate({ token: props.token, body: body.trim() });
        else byId.mutate({ id: props.reportId, body: body.trim() });
      }}
    >
      {sent ? <Alert variant="success">{t("sent")}</Alert> : null}
      {send.error && !errors.body ? <Alert variant="destructive">{send.error.message}</Alert> : null}
      <Field id="follow-up-body" label={t("label")} error={errors.body} required>
        {(control) => (
          <Textarea
            {...control}
            name="body"
            rows={3}
            maxLength={1000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" className="self-stretch sm:self-start" disabled={send.isPending}>
        {send.isPending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
