"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextReplyForm } from "@/components/forms/text-reply-form";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ReportState } from "@/db/schema/report-vocabulary";

/** The full identity of a named reporter, on request: each request is audited under the reporter. */
export function RevealReporter({ reportId }: { reportId: string }) {
  const t = useTranslations("reports.desk");
  const trpc = useTRPC();
  const reveal = useMutation(trpc.reports.revealReporter.mutationOptions());
  if (reveal.data) {
    return (
      <p data-testid="reporter-revealed">
        {reveal.data.name}
        {reveal.data.phone ? ` · ${reveal.data.phone}` : null}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-1.5">
      {reveal.error ? <Alert variant="destructive">{reveal.error.message}</Alert> : null}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        className="self-start"
        aria-describedby="reveal-hint"
        disabled={reveal.isPending}
        onClick={() => reveal.mutate({ id: reportId })}
      >
        {t("reveal")}
      </Button>
      <p id="reveal-hint" className="text-sm text-muted-foreground">
        {t("revealHint")}
      </p>
    </div>
  );
}

/** Accept, reply and close, as the report's state allows; the page reloads with the new state after each. */
export function ReportDeskActions({ reportId, state }: { reportId: string; state: ReportState }) {
  const t = useTranslations("reports.desk");
  const trpc = useTRPC();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const onSuccess = () => {
    setDone(true);
    router.refresh();
  };
  const accept = useMutation(trpc.reports.accept.mutationOptions({ onSuccess }));
  const reply = useMutation(trpc.reports.reply.mutationOptions({ onSuccess }));
  const close = useMutation(trpc.reports.close.mutationOptions({ onSuccess }));
  const failed = [accept, reply, close].find((m) => m.error && !trpcFieldErrors(m.error).body);
  if (state === "closed") return null;

  return (
    <div className="flex flex-col gap-6">
      {done ? <Alert variant="success">{t("done")}</Alert> : null}
      {failed?.error ? <Alert variant="destructive">{failed.error.message}</Alert> : null}
      {state === "received" ? (
        <Button
          type="button"
          className="self-stretch sm:self-start"
          disabled={accept.isPending}
          onClick={() => {
            setDone(false);
            accept.mutate({ id: reportId });
          }}
        >
          {t("accept")}
        </Button>
      ) : null}
      <TextReplyForm
        id="reply"
        label={t("replyLabel")}
        submit={t("reply")}
        pending={reply.isPending}
        error={trpcFieldErrors(reply.error).body}
        onSubmit={(body, clear) => {
          setDone(false);
          reply.mutate({ id: reportId, body }, { onSuccess: clear });
        }}
      />
      <TextReplyForm
        id="result"
        label={t("resultLabel")}
        submit={t("close")}
        pending={close.isPending}
        error={trpcFieldErrors(close.error).result}
        onSubmit={(result, clear) => {
          setDone(false);
          close.mutate({ id: reportId, result }, { onSuccess: clear });
        }}
      />
    </div>
  );
}
